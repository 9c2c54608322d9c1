import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { WeeklySessionType } from '../../../graphql/WeeklySession.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import { findClashes } from './findClashes.js'
import { type SchoolClass, SchoolClassType, seesClass } from '../../people/index.js'

@ObjectType('Clash', { description: 'A session of a group that would meet a lesson or another activity of the class.' })
export class ClashType {
  @Field(() => WeeklySessionType)
  session!: WeeklySessionType

  @Field(() => WeeklySessionType, { nullable: true, description: 'The lesson met; null when it is an activity.' })
  lesson!: WeeklySessionType | null

  @Field(() => HobbyGroupType, { nullable: true, description: 'The activity met; null when it is a lesson.' })
  activity!: HobbyGroupType | null
}

/** The hobby programme's field on a class: its school-day activities. */
@Resolver(() => SchoolClassType)
export class ClassScheduleResolver {
  @FieldResolver(() => [HobbyGroupType], { description: 'School-day groups placed into the timetable.' })
  activities(@Root() schoolClass: SchoolClass, @Ctx() { loaders }: Context) {
    return loaders.activitiesOfClass.load(schoolClass.id)
  }
}

/** The schedule's field on a group: what it would clash with in a class's week, for those who plan that class. */
@Resolver(() => HobbyGroupType)
export class GroupClashesResolver {
  @FieldResolver(() => [ClashType], {
    description:
      "What this group's sessions would clash with in the class's week (empty: it fits), by the rule the API places by. For the class's teachers and its area's coordinators.",
  })
  async clashesIn(@Root() group: HobbyGroup, @Arg('classId', () => ID) classId: string, @Ctx() context: Context) {
    // Asked for every group of a list: the class, its school and its activities load once per request.
    const { loaders } = context
    const schoolClass = await loaders.schoolClass.load(Number(classId))
    const school = schoolClass && (await loaders.school.load(schoolClass.school.id))
    seesClass(currentUser(context), schoolClass && school && { ...schoolClass, school })
    const placed = await loaders.activitiesOfClass.load(schoolClass!.id)
    return findClashes(group, schoolClass!.lessons, placed).map((clash) => ({
      ...clash,
      activity: clash.activity ? placed.find((g) => g.id === clash.activity!.id)! : null,
    }))
  }
}
