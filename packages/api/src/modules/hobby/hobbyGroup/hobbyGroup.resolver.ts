import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { LocalizedText } from '../../../graphql/LocalizedText.js'
import { descriptionsOf, namesOf } from '../../../graphql/translations.js'
import { seatsLeft } from '../../seats/index.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { ClubType } from '../club/club.type.js'
import { HobbyGroupEntity, type HobbyGroup } from './hobbyGroup.entity.js'
import { CreateHobbyGroupInput, HobbyGroupFilter } from './hobbyGroup.input.js'
import { createHobbyGroup, findHobbyGroups, updateHobbyGroup } from './hobbyGroup.service.js'
import { HobbyGroupType } from './hobbyGroup.type.js'
import { SchoolType } from '../../people/index.js'

@Resolver(() => HobbyGroupType)
export class HobbyGroupResolver {
  @Query(() => [HobbyGroupType], { description: 'The public catalogue of groups.' })
  hobbyGroups(@Ctx() { em }: Context, @Arg('filter', () => HobbyGroupFilter, { nullable: true }) filter?: HobbyGroupFilter) {
    return findHobbyGroups(em, filter ?? {})
  }

  @Query(() => HobbyGroupType, { nullable: true })
  hobbyGroup(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(HobbyGroupEntity, { id: Number(id) })
  }

  @Authorized('club')
  @Mutation(() => HobbyGroupType, { description: 'Club staff publish a group of their club.' })
  createHobbyGroup(@Ctx() context: Context, @Arg('input', () => CreateHobbyGroupInput) input: CreateHobbyGroupInput) {
    return createHobbyGroup(context.em, currentUser(context), input)
  }

  @Authorized('club')
  @Mutation(() => HobbyGroupType, { description: 'Club staff change a group of their club; the capacity cannot go below the seats taken.' })
  updateHobbyGroup(
    @Ctx() context: Context,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('input', () => CreateHobbyGroupInput) input: CreateHobbyGroupInput,
  ) {
    return updateHobbyGroup(context.em, currentUser(context), Number(groupId), input)
  }

  @FieldResolver(() => LocalizedText, { description: 'The name in Finnish, and in Swedish and English when given (fall back to Finnish).' })
  names(@Root() row: { name: string; nameSv: string | null; nameEn: string | null }): LocalizedText {
    return namesOf(row)
  }

  @FieldResolver(() => LocalizedText, { description: 'The description in Finnish, and in Swedish and English when given.' })
  descriptions(@Root() row: { description: string; descriptionSv: string | null; descriptionEn: string | null }): LocalizedText {
    return descriptionsOf(row)
  }

  @FieldResolver(() => Int, { description: 'Places for adults still free (a family group).' })
  adultPlacesLeft(@Root() group: HobbyGroup) {
    return seatsLeft({ capacity: group.adultPlaces, seatsTaken: group.adultsTaken })
  }

  @FieldResolver(() => Int, { description: 'Seats still free.' })
  seatsLeft(@Root() group: HobbyGroup) {
    return seatsLeft(group)
  }

  @FieldResolver(() => ClubType)
  club(@Root() group: HobbyGroup, @Ctx() { loaders }: Context) {
    return loaders.club.load(group.club.id)
  }

  @FieldResolver(() => SchoolType, { nullable: true })
  school(@Root() group: HobbyGroup, @Ctx() { loaders }: Context) {
    return group.school ? loaders.school.load(group.school.id) : null
  }
}
