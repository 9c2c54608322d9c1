import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import { ClubType } from '../club/club.type.js'

export const RoleEnum = { GUARDIAN: 'guardian', CLUB: 'club', TEACHER: 'teacher', COORDINATOR: 'coordinator' } as const
registerEnumType(RoleEnum, { name: 'Role' })

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: number

  @Field(() => String)
  email!: string

  @Field(() => String)
  name!: string

  @Field(() => RoleEnum)
  role!: string

  @Field(() => ClubType, { nullable: true, description: 'For club staff: their club.' })
  club?: ClubType | null
}

@ObjectType('Session', { description: 'A login: the bearer token to send as `Authorization: Bearer …`.' })
export class SessionType {
  @Field(() => String)
  token!: string

  @Field(() => UserType)
  user!: UserType
}
