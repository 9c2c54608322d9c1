import { Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { type Child, ChildType } from '../../people/index.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'

/** Why a child could not join a group it ranked, in the family's terms. */
export const RefusalReasonEnum = { GIRLS_ONLY: 'girls-only', ONLY_TARGETED: 'only-targeted', GRADE: 'grade', TIMES: 'times' } as const
registerEnumType(RefusalReasonEnum, {
  name: 'RefusalReason',
  description: "A girls' group, a group only for another target group, another grade, or sessions outside the child's free time.",
})

@ObjectType('RefusedChoice', { description: 'A group the child ranked in a published run but could not join, whatever its seats, and why.' })
export class RefusedChoiceType {
  @Field(() => HobbyGroupType)
  group!: HobbyGroup

  @Field(() => Int, { description: "The child's choice number of the group (1 = most wanted)." })
  choice!: number

  @Field(() => RefusalReasonEnum)
  reason!: string
}

/** The hobby programme's field on a child for its guardians: the ranked groups it could not have, and why. */
@Resolver(() => ChildType)
export class ChildRefusalsResolver {
  @Authorized('guardian')
  @FieldResolver(() => [RefusedChoiceType], {
    description: 'The groups the child ranked but could not join in a published run, and why (no other child is named).',
  })
  async refusedChoices(@Root() child: Child, @Ctx() { loaders }: Context): Promise<RefusedChoiceType[]> {
    const rows = await loaders.refusalsOfChild.load(child.id)
    const groups = await loaders.hobbyGroup.loadMany(rows.map((row) => row.group.id))
    return rows.flatMap((row, i) => {
      const group = groups[i]
      if (!group || group instanceof Error) return []
      const reason = row.why === 'only-tags' ? (group.girlsOnly ? 'girls-only' : 'only-targeted') : row.why === 'grade' ? 'grade' : 'times'
      return [{ group, choice: row.rank, reason }]
    })
  }
}
