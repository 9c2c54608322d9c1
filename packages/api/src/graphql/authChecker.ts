import type { AuthChecker } from 'type-graphql'
import { ApiError } from './ApiError.js'
import type { Context } from './context.js'
import type { Role } from '../modules/people/user/user.entity.js'

/**
 * The one gate for `@Authorized(...roles)`: nobody signed in is asked to log in, a role not listed is
 * refused. What a role may reach within its scope (its area, school, club, institution, own children)
 * is checked by the named scope checks in modules/people/access/scopes.ts.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) throw new ApiError('auth/unauthenticated', 'Log in first.')
  context.strongAuth?.check(context.user.role, context.identification)
  if (roles.length > 0 && !roles.includes(context.user.role)) throw new ApiError('auth/forbidden', `This needs the role ${roles.join(' or ')}.`)
  return true
}
