import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { EnrolmentType } from './enrolment.type.js'
import { ineligibility } from './ineligibility.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import { seatsLeft } from '../../seats/index.js'
import { type Child, ChildType, FOLLOWS_CHILD } from '../../people/index.js'

/** The hobby programme's fields on a child: its seats in hobby groups, and the free seats it may take. */
@Resolver(() => ChildType)
export class ChildEnrolmentsResolver {
  @Authorized(FOLLOWS_CHILD)
  @FieldResolver(() => [EnrolmentType], { description: 'Seats in hobby groups, withdrawn ones included.' })
  enrolments(@Root() child: Child, @Ctx() { loaders }: Context) {
    return loaders.enrolmentsOfChild.load(child.id)
  }

  @Authorized(FOLLOWS_CHILD)
  @FieldResolver(() => [HobbyGroupType], {
    description:
      "Groups with a free seat this child may take now, first come first served: after-school and free-time groups of the child's grade (girls' groups for girls) that it is not in.",
  })
  async joinableGroups(@Root() child: Child, @Ctx() { loaders }: Context) {
    const [groups, enrolments] = await Promise.all([loaders.groupsOutsideSchool.load('all'), loaders.enrolmentsOfChild.load(child.id)])
    const mine = new Set(enrolments.filter((e) => e.status === 'enrolled').map((e) => e.group.id))
    // The class as loaded (the child may hold only a reference to it): its grade decides.
    const pupil = { ...child, schoolClass: child.schoolClass && (await loaders.schoolClass.load(child.schoolClass.id)) }
    return groups.filter((group) => seatsLeft(group) > 0 && !mine.has(group.id) && ineligibility(pupil, group) === null)
  }
}
