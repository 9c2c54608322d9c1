import { Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql'
import { FIELD_RULES } from './fieldIssue.js'
import { INPUT_LIMITS, type InputLimitName } from './inputLimits.js'

/** The rules a field issue names, as an enum of the schema: the web app translates each. */
export const FieldRuleEnum = Object.fromEntries(FIELD_RULES.map((rule) => [rule.toUpperCase(), rule]))
registerEnumType(FieldRuleEnum, {
  name: 'FieldRule',
  description: 'The rule an input field broke, in `extensions.issues[].rule` of an `input/invalid` refusal (as its value, e.g. `range`).',
})

export const InputLimitNameEnum = Object.fromEntries(Object.keys(INPUT_LIMITS).map((name) => [name, name]))
registerEnumType(InputLimitNameEnum, { name: 'InputLimitName', description: 'A limit of input that both the API and its clients check.' })

@ObjectType({ description: 'The smallest and largest value (or length) an input may have.' })
export class InputLimitType {
  @Field(() => InputLimitNameEnum) name!: InputLimitName
  @Field(() => Int) min!: number
  @Field(() => Int) max!: number
}

@Resolver()
export class FieldRuleResolver {
  @Query(() => [FieldRuleEnum], { description: 'Every rule a field issue may name: the contract the clients translate.' })
  fieldRules() {
    return FIELD_RULES
  }

  @Query(() => [InputLimitType], { description: 'The limits the services check, for clients to check the same before sending.' })
  inputLimits(): InputLimitType[] {
    return Object.entries(INPUT_LIMITS).map(([name, limit]) => ({ name: name as InputLimitName, ...limit }))
  }
}
