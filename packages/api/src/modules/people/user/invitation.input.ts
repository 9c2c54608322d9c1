import { Field, ID, InputType } from 'type-graphql'
import { RoleEnum } from './user.type.js'

@InputType('InviteUserInput', { description: "A staff account: its role's scope is given by the matching id (a coordinator's area, a teacher's school, …)." })
export class InviteUserInput {
  @Field(() => String)
  email!: string

  @Field(() => String)
  name!: string

  @Field(() => RoleEnum)
  role!: string

  @Field(() => ID, { nullable: true, description: "A coordinator's area." })
  areaId?: string | null

  @Field(() => ID, { nullable: true, description: "A teacher's school." })
  schoolId?: string | null

  @Field(() => ID, { nullable: true, description: "Club staff's club." })
  clubId?: string | null

  @Field(() => ID, { nullable: true, description: "Institution staff's institution." })
  institutionId?: string | null
}
