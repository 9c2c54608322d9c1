import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'

export const AuditKindEnum = { READ: 'read', WRITE: 'write' } as const
registerEnumType(AuditKindEnum, { name: 'AuditKind' })

@ObjectType('AuditEvent', { description: "One access to children's personal data, as the audit trail recorded it." })
export class AuditEventType {
  @Field(() => ID)
  id!: number

  @Field(() => Date)
  at!: Date

  @Field(() => ID, { nullable: true, description: 'The account; null for a pupil answering with a survey code.' })
  actorId!: number | null

  @Field(() => String)
  actorRole!: string

  @Field(() => String, { description: 'The client address the request came from.' })
  address!: string

  @Field(() => String, { description: 'The GraphQL operation field, e.g. roster or enrol.' })
  operation!: string

  @Field(() => AuditKindEnum)
  kind!: string

  @Field(() => [ID])
  childIds!: number[]
}
