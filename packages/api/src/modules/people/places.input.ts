import { Field, ID, InputType, Int } from 'type-graphql'

@InputType('SchoolInput')
export class SchoolInput {
  @Field(() => ID)
  areaId!: string

  @Field(() => String)
  name!: string

  @Field(() => Int, { nullable: true, description: "The school's unit id in the city's service map (optional)." })
  serviceMapId?: number | null
}

@InputType('SchoolClassInput')
export class SchoolClassInput {
  @Field(() => ID)
  schoolId!: string

  @Field(() => String, { description: 'E.g. "3A".' })
  name!: string

  @Field(() => Int, { description: '0 (pre-school) to 10.' })
  grade!: number

  @Field(() => String, { description: 'E.g. "2026-2027".' })
  schoolYear!: string
}
