import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { InviteUserInput } from './invitation.input.js'
import { inviteUser, setPassword } from './inviteUser.js'
import { hashPassword } from './passwords.js'
import { requestSignInLink, useSignInLink } from './signInLinks.js'
import { ONCE_PER_OPERATION } from '../../../graphql/maxCost.js'
import { AreaType } from '../area/area.type.js'
import { SchoolType } from '../school/school.type.js'
import { login } from './user.service.js'
import { findDemoAccounts } from './findDemoAccounts.js'
import { DEMO_PASSWORD } from './demoAccounts.js'
import { AccountInvitationType, DemoAccountType, SessionType, UserType } from './user.type.js'
import type { Account } from './account.js'

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'Who is logged in; null for nobody.' })
  me(@Ctx() { user }: Context) {
    return user
  }

  @Query(() => String, {
    nullable: true,
    description: "Where the web app sends people to sign in with the city's login (Helsinki profile); null when not configured.",
  })
  cityLoginPath(@Ctx() { cityLoginPath }: Context) {
    return cityLoginPath
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

  @Mutation(() => Boolean, {
    complexity: ONCE_PER_OPERATION,
    description:
      'E-mails a one-time sign-in link (valid an hour) to the address if it has an account; the answer is true either way. Counts against the login limits.',
  })
  async requestSignInLink(@Ctx() { em, loginThrottle, http }: Context, @Arg('email', () => String) email: string) {
    await loginThrottle.admit(em, email.trim().toLowerCase(), http.address)
    await requestSignInLink(em, email)
    return true
  }

  @Mutation(() => SessionType, {
    description: "Signs in with a one-time link's token (the first administrator's, or an invitation's): sets the session cookie, and uses the link up.",
  })
  async signInWithLink(@Ctx() { em, tokens, http }: Context, @Arg('token', () => String) token: string) {
    const user = await useSignInLink(em, token)
    const session = { token: tokens.sign(user.id), user }
    http.setSession(session.token)
    return session
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'The signed-in user sets their password (at least 10 characters).' })
  async setPassword(@Ctx() context: Context, @Arg('password', () => String) password: string) {
    await setPassword(context.em, currentUser(context), password, hashPassword)
    return true
  }

  @Authorized('admin')
  @Mutation(() => AccountInvitationType, {
    description: 'Administrators invite staff (coordinators, teachers, club and institution staff, administrators), each with their scope.',
  })
  async inviteUser(@Ctx() { em }: Context, @Arg('input', () => InviteUserInput) input: InviteUserInput) {
    const { user, path, expiresAt } = await inviteUser(em, input)
    return { user, link: path, expiresAt }
  }

  @Mutation(() => Boolean, { description: 'Signs out of the browser: clears the session cookie.' })
  logout(@Ctx() { http }: Context) {
    http.setSession(null)
    return true
  }

  @FieldResolver(() => SchoolType, { nullable: true })
  school(@Root() user: Account, @Ctx() { loaders }: Context) {
    return user.school ? loaders.school.load(user.school.id) : null
  }

  @FieldResolver(() => AreaType, { nullable: true })
  area(@Root() user: Account, @Ctx() { loaders }: Context) {
    return user.area ? loaders.area.load(user.area.id) : null
  }
}
