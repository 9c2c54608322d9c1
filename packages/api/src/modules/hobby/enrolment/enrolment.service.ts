import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { groupByKey } from '../../../graphql/groupByKey.js'
import { HobbyGroupEntity, type HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { ineligibility } from './ineligibility.js'
import { tellEnrolled } from './enrolmentMessages.js'
import { EnrolmentEntity, type Enrolment } from './enrolment.entity.js'
import { releaseSeats, takeSeats } from '../../seats/index.js'
import { type Child, guardsChild, type User } from '../../people/index.js'

function checkEligible(pupil: Child, group: HobbyGroup): void {
  const reason = ineligibility(pupil, group)
  if (reason) throw new ApiError('enrolment/not_eligible', reason)
}

/**
 * A guardian takes a free seat for their child, first come first served: the seat (modules/seats) and
 * the enrolment row in one transaction.
 */
export async function enrol(em: EntityManager, user: User, childId: number, groupId: number): Promise<Enrolment> {
  const pupil = await guardsChild(em, user, childId)
  const group = await em.findOne(HobbyGroupEntity, { id: groupId })
  if (!group) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  checkEligible(pupil, group)
  try {
    return await em.transactional(async (tx) => {
      const existing = await tx.findOne(EnrolmentEntity, { child: pupil.id, group: group.id })
      if (existing?.status === 'enrolled') throw new ApiError('enrolment/already_enrolled', `Already enrolled in ${group.name}.`)
      if (!(await takeSeats(tx, HobbyGroupEntity, group.id))) throw new ApiError('enrolment/group_full', `${group.name} is full.`)
      return markEnrolled(tx, existing, pupil.id, group.id, new Date())
    })
  } catch (error) {
    // The same child enrolled twice at the same moment: the unique (pupil, group) row decides.
    if (error instanceof UniqueConstraintViolationException) throw new ApiError('enrolment/already_enrolled', `Already enrolled in ${group.name}.`)
    throw error
  }
}

/**
 * Records that a child holds a seat in a group (the seat itself is already taken): the child's row for
 * the group, `existing` as read in the same transaction, is re-marked by a conditional update (of
 * requests racing to re-mark a withdrawn row, one changes it and the rest are told
 * `enrolment/already_enrolled`, so their transactions give their seats back); without a row, a new one,
 * whose unique (child, group) index decides between racing first enrolments. The guardians' confirmation
 * is queued in the same transaction.
 */
export async function markEnrolled(tx: EntityManager, existing: Enrolment | null, childId: number, groupId: number, now: Date): Promise<Enrolment> {
  await tellEnrolled(tx, childId, groupId, now)
  if (!existing) return tx.create(EnrolmentEntity, { child: childId, group: groupId, status: 'enrolled', createdAt: now })
  const changed = await tx.nativeUpdate(EnrolmentEntity, { id: existing.id, status: { $ne: 'enrolled' } }, { status: 'enrolled' })
  if (changed === 0) throw new ApiError('enrolment/already_enrolled', 'Already enrolled in this group.')
  existing.status = 'enrolled'
  return existing
}

/** A guardian withdraws their child; the seat is free again at once. */
export async function withdraw(em: EntityManager, user: User, enrolmentId: number): Promise<Enrolment> {
  const enrolment = await em.findOne(EnrolmentEntity, { id: enrolmentId })
  await guardsChild(em, user, enrolment?.child.id ?? -1)
  if (!enrolment || enrolment.status !== 'enrolled') throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
  return em.transactional(async (tx) => {
    const changed = await tx.nativeUpdate(EnrolmentEntity, { id: enrolment.id, status: 'enrolled' }, { status: 'withdrawn' })
    if (changed === 0) throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
    await releaseSeats(tx, HobbyGroupEntity, enrolment.group.id)
    enrolment.status = 'withdrawn'
    return enrolment
  })
}

/** Enrolments of many children in one query (for the dataloader). */
export async function enrolmentsOfChildren(em: EntityManager, childIds: readonly number[]): Promise<Enrolment[][]> {
  const rows = await em.find(EnrolmentEntity, { child: { $in: [...childIds] } }, { orderBy: { id: 'asc' } })
  return groupByKey(childIds, rows, (row) => row.child.id)
}
