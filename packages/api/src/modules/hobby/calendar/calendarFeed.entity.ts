import { EntitySchema } from '@mikro-orm/core'
import { type Child, ChildEntity, type User, UserEntity } from '../../people/index.js'

/**
 * A guardian's calendar feed address for one child: the random key in the address is the only
 * credential a calendar app has, so each guardian has their own, and may renew it (the old address
 * stops) or stop the feed.
 */
export interface CalendarFeed {
  id: number
  child: Child
  guardian: User
  key: string
  createdAt: Date
}

export const CalendarFeedEntity = new EntitySchema<CalendarFeed>({
  name: 'CalendarFeed',
  tableName: 'calendar_feed',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    child: { kind: 'm:1', entity: () => ChildEntity, deleteRule: 'cascade' },
    guardian: { kind: 'm:1', entity: () => UserEntity, deleteRule: 'cascade' },
    key: { type: 'string', length: 64, unique: true },
    createdAt: { type: 'datetime' },
  },
  uniques: [{ properties: ['child', 'guardian'] }],
})
