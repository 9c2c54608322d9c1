import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { EnrolmentEntity, type Enrolment } from '../enrolment/enrolment.entity.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { AttendanceEntity } from './attendance.entity.js'
import { isRegular } from './isRegular.js'
import { tallyAttendance } from './tallyAttendance.js'
import { helsinkiDay } from '../../../messages/index.js'
import { staffsClub, type Account } from '../../people/index.js'
import { lockRow } from '../../../db/lockRow.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

export interface RosterEntry {
  enrolment: Enrolment
  className: string | null
  attended: number
  recorded: number
  regular: boolean
}

/** The group, if the user is staff of its club. */
async function ownGroup(em: EntityManager, user: Account, groupId: number): Promise<HobbyGroup> {
  const group = await em.findOne(HobbyGroupEntity, { id: groupId })
  if (!group) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  staffsClub(user, group.club.id)
  return group
}

/** A club's roster of a group: who is enrolled, and how often each came. */
export async function findRoster(em: EntityManager, user: Account, groupId: number): Promise<RosterEntry[]> {
  const group = await ownGroup(em, user, groupId)
  const enrolments = await em.find(
    EnrolmentEntity,
    { group: groupId, status: 'enrolled' },
    { populate: ['child', 'child.schoolClass'], orderBy: { child: { lastName: 'asc', firstName: 'asc' } } },
  )
  const tally = await tallyAttendance(
    em,
    enrolments.map((e) => e.id),
  )
  return enrolments.map((enrolment) => {
    const { attended, recorded } = tally.get(enrolment.id) ?? { attended: 0, recorded: 0 }
    const className = group.kind === 'school-day' ? (enrolment.child.schoolClass?.name ?? null) : null
    return { enrolment, className, attended, recorded, regular: isRegular(attended, recorded) }
  })
}

/**
 * Club staff record one meeting: everybody enrolled is marked, present if listed. Recording the same
 * date again corrects it. All or nothing.
 */
export async function recordAttendance(
  em: EntityManager,
  user: Account,
  groupId: number,
  date: string,
  presentChildIds: number[],
  today = new Date(),
): Promise<RosterEntry[]> {
  await ownGroup(em, user, groupId)
  // The round trip refuses dates that do not exist (2026-02-31), which Date.parse rolls over into March.
  if (!DATE.test(date) || Number.isNaN(Date.parse(date)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)
    throw ApiError.invalid([fieldIssue('date', 'date', { got: date })])
  if (date > helsinkiDay(today)) throw ApiError.invalid([fieldIssue('date', 'not_future')])
  const enrolments = await em.find(EnrolmentEntity, { group: groupId, status: 'enrolled' })
  const enrolled = new Set(enrolments.map((e) => e.child.id))
  const strangers = presentChildIds.filter((id) => !enrolled.has(id))
  if (strangers.length > 0) throw ApiError.invalid(strangers.map((id) => fieldIssue('presentChildIds', 'unknown', { got: id })))
  const present = new Set(presentChildIds)
  await em.transactional(async (tx) => {
    // One recording of the group at a time: the same date sent twice at once is a first write and a correction.
    await lockRow(tx, HobbyGroupEntity, groupId)
    const existing = await tx.find(AttendanceEntity, { enrolment: { $in: enrolments.map((e) => e.id) }, date })
    for (const enrolment of enrolments) {
      const mark = existing.find((m) => m.enrolment.id === enrolment.id) ?? tx.create(AttendanceEntity, { enrolment: enrolment.id, date, present: false })
      mark.present = present.has(enrolment.child.id)
    }
  })
  return findRoster(em, user, groupId)
}
