import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import type { Child } from '../../people/child/child.entity.js'
import { ChildType } from '../../people/child/child.type.js'
import { EnrolmentType } from './enrolment.type.js'

/** The hobby programme's field on a child: its seats in hobby groups. */
@Resolver(() => ChildType)
export class ChildEnrolmentsResolver {
  @FieldResolver(() => [EnrolmentType], { description: 'Seats in hobby groups, withdrawn ones included.' })
  enrolments(@Root() child: Child, @Ctx() { loaders }: Context) {
    return loaders.enrolmentsOfChild.load(child.id)
  }
}
