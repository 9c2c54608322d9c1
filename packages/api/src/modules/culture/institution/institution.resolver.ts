import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import { LocalizedText } from '../../../graphql/LocalizedText.js'
import { namesOf } from '../../../graphql/translations.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { ArtFieldType } from '../artField/artField.type.js'
import { InstitutionEntity, type Institution } from './institution.entity.js'
import { CreateInstitutionInput } from './institution.input.js'
import { createInstitution } from './institution.service.js'
import { InstitutionType } from './institution.type.js'

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Query(() => [InstitutionType])
  institutions(@Ctx() { em }: Context) {
    return em.find(InstitutionEntity, {}, { orderBy: { name: 'asc' } })
  }

  @Authorized('coordinator', 'admin')
  @Mutation(() => InstitutionType, { description: 'Administrators and coordinators add an institution of a field.' })
  createInstitution(@Ctx() context: Context, @Arg('input', () => CreateInstitutionInput) input: CreateInstitutionInput) {
    currentUser(context)
    return createInstitution(context.em, input)
  }

  @FieldResolver(() => LocalizedText, { description: 'The name in Finnish, and in Swedish and English when given (fall back to Finnish).' })
  names(@Root() row: { name: string; nameSv: string | null; nameEn: string | null }): LocalizedText {
    return namesOf(row)
  }

  @FieldResolver(() => ArtFieldType)
  field(@Root() institution: Institution, @Ctx() { loaders }: Context) {
    return loaders.artField.load(institution.field.id)
  }
}
