import type { User } from './user.entity.js'

/** A place an account is scoped to, by id (a club, a school, an area, an institution). */
export interface ScopeRef {
  id: number
}

/**
 * Who signed in, as each request holds it: the account's fields, its scope by id. A plain object, not
 * an entity of the request's unit of work: reading it costs no mapping (in the enrolment rush, mapping
 * the account was a tenth of the service's CPU). A loaded User entity is an Account too; a write that
 * names the account takes a reference (`em.getReference(UserEntity, account.id)`).
 */
export interface Account extends Omit<User, 'club' | 'school' | 'area' | 'institution'> {
  club: ScopeRef | null
  school: ScopeRef | null
  area: ScopeRef | null
  institution?: ScopeRef | null
}

/** An account's row as the database gives it (columns by name: accountsById selects them). */
export type AccountRow = Record<string, unknown>

/** The Account of a row of `app_user`; each call a new object, so that no two requests share one. */
export function accountOf(row: AccountRow): Account {
  return {
    id: Number(row.id),
    email: row.email as string,
    name: row.name as string,
    passwordHash: (row.password_hash as string | null) ?? null,
    role: row.role as User['role'],
    club: scope(row.club_id),
    school: scope(row.school_id),
    area: scope(row.area_id),
    institution: scope(row.institution_id),
    subject: (row.subject as string | null) ?? null,
    phone: (row.phone as string | null) ?? null,
    language: (row.language as string | null) ?? null,
    messageChannels: (row.message_channels as User['messageChannels']) ?? 'email',
    // SQLite gives 0 or 1.
    reminders: row.reminders === null || row.reminders === undefined ? true : Boolean(row.reminders),
  }
}

function scope(id: unknown): ScopeRef | null {
  return id === null || id === undefined ? null : { id: Number(id) }
}
