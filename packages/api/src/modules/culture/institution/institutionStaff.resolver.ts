import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { InstitutionType } from './institution.type.js'
import { UserType, type Account } from '../../people/index.js'

/** The culture programme's field on an account: the institution its staff work for. */
@Resolver(() => UserType)
export class InstitutionStaffResolver {
  @FieldResolver(() => InstitutionType, { nullable: true, description: 'For culture institution staff: their institution.' })
  institution(@Root() user: Account, @Ctx() { loaders }: Context) {
    return user.institution ? loaders.institution.load(user.institution.id) : null
  }
}
