import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { groupByKey } from '../../../graphql/groupByKey.js'
import { ADULT_PLACES, HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { ineligibility } from './ineligibility.js'
import { enrolmentNotice, enrolmentNoticeOf } from './enrolmentMessages.js'
import { queueMessages } from '../../../messages/index.js'
import { EnrolmentEntity, type Enrolment, type EnrolmentFields } from './enrolment.entity.js'
import { readEnrolment, type EnrolmentReads } from './readEnrolment.js'
import type { EnrolmentWrites } from './enrolmentWrites.js'
import { enrolmentOf, holdEnrolment, writeEnrolment } from './writeEnrolment.js'
import { releaseSeats } from '../../seats/index.js'
import { guardsChild, type Account } from '../../people/index.js'

/** The loaders an enrolment reads and writes through, shared by a process's requests. */
export interface EnrolmentLoaders {
  enrolmentReads: EnrolmentReads
  enrolmentWrites: EnrolmentWrites
}

/**
 * A guardian takes a free seat for their child, first come first served: everything is read in one
 * statement, then the enrolment row, the seat (modules/seats) and the guardians' confirmation are
 * written together (writeEnrolment: one statement on PostgreSQL), so that the group's row is locked
 * only while that write runs: in a rush, each group's requests pass one by one through that lock.
 * Simultaneous requests share both statements.
 */
export async function enrol(em: EntityManager, shared: EnrolmentLoaders, user: Account, childId: number, groupId: number): Promise<EnrolmentFields> {
  const { child, group, guardians } = await readEnrolment(shared.enrolmentReads, user, childId, groupId)
  const reason = ineligibility(child, group)
  if (reason) throw new ApiError('enrolment/not_eligible', reason)
  const now = new Date()
  return writeEnrolment(em, shared.enrolmentWrites, child.id, group.id, group.name, now, enrolmentNoticeOf(child, group, guardians, now))
}

/**
 * Records that a child holds a seat in a group (the seat itself is taken by the caller, in the same
 * transaction), and queues the guardians' confirmation.
 */
export async function markEnrolled(tx: EntityManager, childId: number, groupId: number, now: Date): Promise<EnrolmentFields> {
  await queueMessages(tx, await enrolmentNotice(tx, childId, groupId, now), now)
  return enrolmentOf(await holdEnrolment(tx, childId, groupId, now), childId, groupId)
}

/** A guardian withdraws their child; the seat is free again at once. */
export async function withdraw(em: EntityManager, user: Account, enrolmentId: number): Promise<Enrolment> {
  const enrolment = await em.findOne(EnrolmentEntity, { id: enrolmentId })
  await guardsChild(em, user, enrolment?.child.id ?? -1)
  if (!enrolment || enrolment.status !== 'enrolled') throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
  return em.transactional(async (tx) => {
    const changed = await tx.nativeUpdate(EnrolmentEntity, { id: enrolment.id, status: 'enrolled' }, { status: 'withdrawn' })
    if (changed === 0) throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
    await releaseSeats(tx, HobbyGroupEntity, enrolment.group.id)
    // The family's adult leaves with the child: the adult place is free again too.
    if (await tx.nativeUpdate(EnrolmentEntity, { id: enrolment.id, adults: 1 }, { adults: 0 }))
      await releaseSeats(tx, HobbyGroupEntity, enrolment.group.id, 1, ADULT_PLACES)
    enrolment.status = 'withdrawn'
    enrolment.adults = 0
    return enrolment
  })
}

/** Enrolments of many children in one query (for the dataloader). */
export async function enrolmentsOfChildren(em: EntityManager, childIds: readonly number[]): Promise<Enrolment[][]> {
  const rows = await em.find(EnrolmentEntity, { child: { $in: [...childIds] } }, { orderBy: { id: 'asc' } })
  return groupByKey(childIds, rows, (row) => row.child.id)
}
