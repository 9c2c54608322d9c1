import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { flushUnique } from '../../../db/flushUnique.js'
import type { InviteUserInput } from './invitation.input.js'
import { createSignInLink } from './signInLinks.js'
import { queueMessages } from '../../../messages/index.js'
import { EMAIL, newAccount, UserEntity, type Role, type User } from './user.entity.js'
import type { Account } from './account.js'

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7

/** The scope each staff role needs: which id names it, and the entity it names (by entity name: clubs and institutions are the programmes'). */
const SCOPES: Partial<Record<Role, { field: keyof InviteUserInput; entity: string; property: 'area' | 'school' | 'club' | 'institution' }>> = {
  coordinator: { field: 'areaId', entity: 'Area', property: 'area' },
  teacher: { field: 'schoolId', entity: 'School', property: 'school' },
  club: { field: 'clubId', entity: 'Club', property: 'club' },
  institution: { field: 'institutionId', entity: 'Institution', property: 'institution' },
}

/**
 * An administrator invites a staff member: the account, with its role and scope, and a one-time link
 * in an e-mail to the invitee, also returned to pass on another way. The invitee opens it to sign in and set a password,
 * or signs in with the city's login by the same e-mail. Guardians are not invited: the class lists bring them.
 */
export async function inviteUser(em: EntityManager, input: InviteUserInput, now = new Date()): Promise<{ user: User; path: string; expiresAt: Date }> {
  const issues: FieldIssue[] = []
  const email = input.email.trim().toLowerCase()
  const name = input.name.trim()
  const role = input.role as Role
  if (!EMAIL.test(email)) issues.push(fieldIssue('email', 'email', { got: input.email }))
  if (name === '') issues.push(fieldIssue('name', 'required'))
  if (role === 'guardian') issues.push(fieldIssue('role', 'not_allowed')) // guardians come with the class lists
  const scope = SCOPES[role]
  const scopeId = scope ? input[scope.field] : null
  for (const other of Object.values(SCOPES)) {
    if (other !== scope && input[other.field]) issues.push(fieldIssue(other.field, 'not_allowed'))
  }
  let target: object | null = null
  if (scope && !scopeId) issues.push(fieldIssue(scope.field, 'required'))
  else if (scope) {
    target = await em.findOne(scope.entity, { id: Number(scopeId) })
    if (!target) issues.push(fieldIssue(scope.field, 'unknown', { got: String(scopeId) }))
  }
  const taken = fieldIssue('email', 'exists', { got: email })
  if (issues.length === 0 && (await em.findOne(UserEntity, { email }))) issues.push(taken)
  if (issues.length > 0) throw ApiError.invalid(issues)

  return em.transactional(async (tx) => {
    const user = tx.create(UserEntity, newAccount({ email, name, role }))
    if (scope && target) Object.assign(user, { [scope.property]: target })
    await flushUnique(tx, taken)
    const link = await createSignInLink(tx, user.id, 'invitation', INVITATION_DAYS * 24, now)
    // The invitee hears of it by e-mail; the administrator also gets the link, to pass on another way.
    const params = { name: user.name, link: link.path, expiresAt: link.expiresAt.toISOString() }
    await queueMessages(tx, [{ kind: 'invitation', about: user.id, recipient: user, params }], now)
    return { user, ...link }
  })
}

/** The signed-in user chooses a password (after a link, or to have one beside the city's login). */
export async function setPassword(em: EntityManager, user: Account, password: string, hash: (password: string) => Promise<string>): Promise<void> {
  if (!withinLimit('password', [...password].length)) throw ApiError.invalid([fieldIssue('password', 'length', INPUT_LIMITS.password)])
  await em.nativeUpdate(UserEntity, { id: user.id }, { passwordHash: await hash(password) })
}
