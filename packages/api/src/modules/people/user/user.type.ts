import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import { AreaType } from '../area/area.type.js'
import { SchoolType } from '../school/school.type.js'

export const RoleEnum = {
  GUARDIAN: 'guardian',
  CLUB: 'club',
  TEACHER: 'teacher',
  COORDINATOR: 'coordinator',
  INSTITUTION: 'institution',
  ADMIN: 'admin',
} as const
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

  @Field(() => SchoolType, { nullable: true, description: 'For teachers: their school.' })
  school?: SchoolType | null

  @Field(() => AreaType, { nullable: true, description: 'For coordinators: their area.' })
  area?: AreaType | null
}

@ObjectType('Session', { description: 'A login: the bearer token to send as `Authorization: Bearer …`.' })
export class SessionType {
  @Field(() => String)
  token!: string

  @Field(() => UserType)
  user!: UserType
}

@ObjectType('DemoAccount', { description: 'A demo account to try, listed on the login page of a demo database.' })
export class DemoAccountType {
  @Field(() => String)
  email!: string

  @Field(() => String)
  name!: string

  @Field(() => RoleEnum)
  role!: string

  @Field(() => String)
  password!: string
}

@ObjectType('AccountInvitation', { description: 'An invited account and its one-time link, to pass on to the invitee.' })
export class AccountInvitationType {
  @Field(() => UserType)
  user!: UserType

  @Field(() => String, { description: "The web app's path with the link's token (after #): prefix it with the service's address." })
  link!: string

  @Field(() => Date)
  expiresAt!: Date
}
