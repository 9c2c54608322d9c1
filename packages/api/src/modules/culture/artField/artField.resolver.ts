import { LocalizedText, LocalizedTextInput, localizedName } from '../../../graphql/LocalizedText.js'
import type { ArtField } from './artField.entity.js'
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { ArtFieldEntity } from './artField.entity.js'
import { CreateArtFieldInput } from './artField.input.js'
import { createArtField, renameArtField } from './artField.service.js'
import { ArtFieldType } from './artField.type.js'

@Resolver(() => ArtFieldType)
export class ArtFieldResolver {
  @Query(() => [ArtFieldType], { description: 'The fields of art and culture of the godchild programme.' })
  artFields(@Ctx() { em }: Context) {
    return em.find(ArtFieldEntity, {}, { orderBy: { id: 'asc' } })
  }

  @Authorized('coordinator')
  @Mutation(() => ArtFieldType, { description: 'Coordinators add a field.' })
  createArtField(@Ctx() context: Context, @Arg('input', () => CreateArtFieldInput) input: CreateArtFieldInput) {
    currentUser(context)
    return createArtField(context.em, input)
  }

  @Authorized('coordinator')
  @Mutation(() => ArtFieldType, { description: 'Coordinators rename a field in the three languages.' })
  renameArtField(@Ctx() context: Context, @Arg('fieldId', () => ID) fieldId: string, @Arg('name', () => LocalizedTextInput) name: LocalizedTextInput) {
    currentUser(context)
    return renameArtField(context.em, Number(fieldId), name)
  }

  @FieldResolver(() => LocalizedText)
  name(@Root() field: ArtField) {
    return localizedName(field)
  }
}
