import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { saveClub, updateClubDetails } from './club.service.js'
import { ClubEntity } from './club.entity.js'
import { ClubDetailsInput, ClubType } from './club.type.js'
import { currentUser, type Context } from '../../../graphql/context.js'

@Resolver(() => ClubType)
export class ClubResolver {
  @Query(() => [ClubType])
  clubs(@Ctx() { em }: Context) {
    return em.find(ClubEntity, {}, { orderBy: { name: 'asc' } })
  }

  @Authorized('admin')
  @Mutation(() => ClubType, { description: 'Administrators add a club; its staff are then invited (inviteUser).' })
  createClub(@Ctx() context: Context, @Arg('name', () => String) name: string) {
    return saveClub(context.em, currentUser(context), name)
  }

  @Authorized('admin', 'club')
  @Mutation(() => ClubType, { description: "Administrators, and the club's own staff, rename a club." })
  renameClub(@Ctx() context: Context, @Arg('clubId', () => ID) clubId: string, @Arg('name', () => String) name: string) {
    return saveClub(context.em, currentUser(context), name, Number(clubId))
  }

  @Authorized('admin', 'club')
  @Mutation(() => ClubType, { description: "Administrators, and the club's own staff, keep the club's contact details and description." })
  updateClubDetails(@Ctx() context: Context, @Arg('clubId', () => ID) clubId: string, @Arg('input', () => ClubDetailsInput) input: ClubDetailsInput) {
    return updateClubDetails(context.em, currentUser(context), Number(clubId), input)
  }
}
