import { EntitySchema } from '@mikro-orm/core'
import { UserEntity, type User } from './user.entity.js'

/**
 * A one-time sign-in link: the first administrator's (from the command line) or an invitation's. Only
 * the token's hash is kept, so that a copy of the database opens no account; a link works once, until
 * it expires.
 */
export interface SignInLink {
  id: number
  user: User
  tokenHash: string
  purpose: 'sign-in' | 'invitation'
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
}

export const SignInLinkEntity = new EntitySchema<SignInLink>({
  name: 'SignInLink',
  tableName: 'sign_in_link',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    user: { kind: 'm:1', entity: () => UserEntity, deleteRule: 'cascade' },
    tokenHash: { type: 'string', length: 64, unique: true },
    purpose: { type: 'string', length: 16 },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
  },
})
