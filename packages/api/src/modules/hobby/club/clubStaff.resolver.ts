import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { ClubType } from './club.type.js'
import { UserType, type Account } from '../../people/index.js'

/** The hobby programme's field on an account: the club its staff work for. */
@Resolver(() => UserType)
export class ClubStaffResolver {
  @FieldResolver(() => ClubType, { nullable: true, description: 'For club staff: their club.' })
  club(@Root() user: Account, @Ctx() { loaders }: Context) {
    return user.club ? loaders.club.load(user.club.id) : null
  }
}
