import { EntitySchema } from '@mikro-orm/core'
import { AreaEntity, type Area } from '../area/area.entity.js'
import type { Club } from '../../hobby/club/club.entity.js'
import { SchoolEntity, type School } from '../school/school.entity.js'
import type { Institution } from '../../culture/institution/institution.entity.js'

/** What passes for an e-mail address: one @, a dot after it, no spaces (the provider checks the rest). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const ROLES = ['guardian', 'club', 'teacher', 'coordinator', 'institution', 'admin'] as const
export type Role = (typeof ROLES)[number]

/**
 * Somebody who logs in. What they may see follows from the role and its scope: club staff their club,
 * a teacher their school, a coordinator their area, institution staff their institution; an admin runs
 * the city's places and accounts.
 */
export interface User {
  id: number
  email: string
  name: string
  /** argon2id; null for accounts that only log in through the city's identity provider. */
  passwordHash: string | null
  role: Role
  club: Club | null
  school: School | null
  area: Area | null
  /** For culture institution staff: their institution. */
  institution?: Institution | null
  /** A guardian's mobile number (E.164), from the class list; for text messages. */
  phone?: string | null
  /** The person's id at the city's identity provider (the token's `sub`), once they signed in there; the GDPR API's user id. */
  subject?: string | null
  /** The language of messages to this person (fi, sv, en); null: the child's home language where it is one of them, else Finnish. */
  language?: string | null
  /** How messages reach this person: `email`, `sms` or `both` (SMS needs a phone number). */
  messageChannels?: MessageChannels
  /** Optional reminders (surveys, events, freed places); offers and their deadlines always come. */
  reminders?: boolean
}

export const MESSAGE_CHANNELS = ['email', 'sms', 'both'] as const
export type MessageChannels = (typeof MESSAGE_CHANNELS)[number]

export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    email: { type: 'string', unique: true },
    name: { type: 'string' },
    passwordHash: { type: 'string', nullable: true },
    role: { type: 'string', length: 16 },
    // Clubs and institutions belong to the modules above people: named here, not imported.
    club: { kind: 'm:1', entity: 'Club', nullable: true },
    school: { kind: 'm:1', entity: () => SchoolEntity, nullable: true },
    area: { kind: 'm:1', entity: () => AreaEntity, nullable: true },
    institution: { kind: 'm:1', entity: 'Institution', nullable: true },
    subject: { type: 'string', length: 64, nullable: true, unique: true },
    phone: { type: 'string', length: 20, nullable: true },
    language: { type: 'string', length: 2, nullable: true },
    messageChannels: { type: 'string', length: 8, default: 'email' },
    reminders: { type: 'boolean', default: true },
  },
})

/** A new account's fields: no password (the city's login, or a link to choose one), no scope unless given. */
export function newAccount(fields: Pick<User, 'email' | 'name' | 'role'> & Partial<User>): User {
  return {
    passwordHash: null,
    club: null,
    school: null,
    area: null,
    institution: null,
    subject: null,
    phone: null,
    language: null,
    messageChannels: 'email',
    reminders: true,
    ...fields,
  } as User
}
