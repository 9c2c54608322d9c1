import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { ONCE_PER_OPERATION } from '../../../graphql/maxCost.js'
import { AreaType } from '../area/area.type.js'
import { SchoolType } from '../school/school.type.js'
import type { User } from './user.entity.js'
import { login } from './user.service.js'
import { findDemoAccounts } from './findDemoAccounts.js'
import { DEMO_PASSWORD } from './demoAccounts.js'
import { DemoAccountType, SessionType, UserType } from './user.type.js'

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'Who is logged in; null for nobody.' })
  me(@Ctx() { user }: Context) {
    return user
  }

  @Query(() => [DemoAccountType], { complexity: ONCE_PER_OPERATION, description: 'On a demo database, the accounts to try (one per role); empty otherwise.' })
  async demoAccounts(@Ctx() { em }: Context) {
    return (await findDemoAccounts(em)).map((user) => ({ email: user.email, name: user.name, role: user.role, password: DEMO_PASSWORD }))
  }

  @Mutation(() => SessionType, {
    complexity: ONCE_PER_OPERATION,
    description: "Signs in with e-mail and password: sets the browser's session cookie, and returns the token for other clients.",
  })
  async login(@Ctx() { em, tokens, loginThrottle, http }: Context, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string) {
    const session = await login(em, { tokens, throttle: loginThrottle, address: http.address }, email, password)
    http.setSession(session.token)
    return session
  }

  @Mutation(() => Boolean, { description: 'Signs out of the browser: clears the session cookie.' })
  logout(@Ctx() { http }: Context) {
    http.setSession(null)
    return true
  }

  @FieldResolver(() => SchoolType, { nullable: true })
  school(@Root() user: User, @Ctx() { loaders }: Context) {
    return user.school ? loaders.school.load(user.school.id) : null
  }

  @FieldResolver(() => AreaType, { nullable: true })
  area(@Root() user: User, @Ctx() { loaders }: Context) {
    return user.area ? loaders.area.load(user.area.id) : null
  }
}
