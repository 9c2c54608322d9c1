import { Field, InputType, ObjectType } from 'type-graphql'

/**
 * A text in the city's languages: Finnish always, Swedish and English when given (clients fall back to
 * Finnish). One type for every translated name: activities, art fields, and later group and event names.
 */
@ObjectType('LocalizedText', { description: 'A text in Finnish, and in Swedish and English when given (fall back to Finnish).' })
export class LocalizedText {
  @Field(() => String)
  fi!: string

  @Field(() => String, { nullable: true })
  sv!: string | null

  @Field(() => String, { nullable: true })
  en!: string | null
}

@InputType('LocalizedTextInput')
export class LocalizedTextInput {
  @Field(() => String)
  fi!: string

  @Field(() => String, { nullable: true })
  sv?: string | null

  @Field(() => String, { nullable: true })
  en?: string | null
}

/** The localized text of an entity that keeps its names as `nameFi`, `nameSv`, `nameEn`. */
export function localizedName(named: { nameFi: string; nameSv: string | null; nameEn: string | null }): LocalizedText {
  return { fi: named.nameFi, sv: named.nameSv || null, en: named.nameEn || null }
}
