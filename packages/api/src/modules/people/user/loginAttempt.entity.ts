import { EntitySchema } from '@mikro-orm/core'

/**
 * One login attempt, kept while it counts against its key's limit. The key is `account:<email>` or
 * `address:<client address>`. In the database, not in memory: every API process sees the same count.
 */
export interface LoginAttempt {
  id: number
  key: string
  at: Date
}

export const LoginAttemptEntity = new EntitySchema<LoginAttempt>({
  name: 'LoginAttempt',
  tableName: 'login_attempt',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    key: { type: 'string', length: 400 },
    at: { type: 'datetime' },
  },
  indexes: [{ properties: ['key', 'at'] }, { properties: ['at'] }],
})
