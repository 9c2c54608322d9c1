import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { Context } from '../../graphql/context.js'
import { ClubType } from '../club/club.type.js'
import type { User } from './user.entity.js'
import { login } from './user.service.js'
import { SessionType, UserType } from './user.type.js'

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'Who is logged in; null for nobody.' })
  me(@Ctx() { user }: Context) {
    return user
  }

  @Mutation(() => SessionType)
  login(@Ctx() { em, tokens }: Context, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string) {
    return login(em, tokens, email, password)
  }

  @FieldResolver(() => ClubType, { nullable: true })
  club(@Root() user: User, @Ctx() { loaders }: Context) {
    return user.club ? loaders.club.load(user.club.id) : null
  }
}
