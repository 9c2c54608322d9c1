import type { EntityManager } from '@mikro-orm/core'
import { match } from '@mukana/matcher'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { CohortEntity, type Cohort } from '../cohort/cohort.entity.js'
import { TrackEntity } from '../track/track.entity.js'
import { buildTrackInstance } from './buildTrackInstance.js'
import { takeSeatsOfMany } from '../../seats/index.js'
import { updateTable } from '../../../db/updateTable.js'
import { groupBy } from '../../../graphql/groupBy.js'
import { ChildEntity, type Account } from '../../people/index.js'

export interface TrackAssignment {
  cohort: Cohort
  placed: number
  unplaced: number
}

/**
 * A coordinator assigns a cohort's registered children to its tracks with the matcher (deferred
 * acceptance: the family's field wishes, language fit, seats held for targeted districts). Children
 * already placed keep their track. All placements are written in one transaction, the seats taken by a
 * conditional update: a registration placed meanwhile cannot push a track over its capacity.
 */
export async function assignTracks(em: EntityManager, user: Account, cohortId: number, seed: number, now = new Date()): Promise<TrackAssignment> {
  if (!Number.isSafeInteger(seed) || seed < 0) throw ApiError.invalid([fieldIssue('seed', 'range', { min: 0, max: Number.MAX_SAFE_INTEGER, got: seed })])
  const cohort = await em.findOne(CohortEntity, { id: cohortId })
  if (!cohort) throw new ApiError('not_found', `No cohort ${cohortId}.`)
  return em.transactional(async (tx) => {
    const tracks = await tx.find(TrackEntity, { cohort: cohort.id }, { populate: ['field'], orderBy: { id: 'asc' } })
    const children = await tx.find(ChildEntity, { birthYear: cohort.birthYear, track: null }, { orderBy: { id: 'asc' } })
    const result = match(buildTrackInstance(tracks, children, seed), { compare: false })
    const chosen = groupBy(result.placements, (placement) => Number(placement.offering))
    // A track's children in a statement per thousand, and every track's seats in one conditional
    // statement (a city's cohort is thousands of children: a statement or two each took seconds). A
    // child placed meanwhile (a late registration) keeps that track, and no seat is taken for it here.
    const seats = new Map<number, number>()
    for (const [trackId, placements] of chosen) {
      const placed = await placeOnTrack(
        tx,
        trackId,
        placements.map((placement) => Number(placement.participant)),
      )
      if (placed > 0) seats.set(trackId, placed)
    }
    const short = await takeSeatsOfMany(tx, TrackEntity, seats)
    if (short.length > 0) throw new ApiError('track/full', `Track ${short[0]} filled up while assigning; run the assignment again.`)
    await tx.nativeUpdate(CohortEntity, { id: cohort.id }, { assignedAt: cohort.assignedAt ?? now })
    const placed = [...seats.values()].reduce((sum, count) => sum + count, 0)
    return { cohort: { ...cohort, assignedAt: cohort.assignedAt ?? now }, placed, unplaced: children.length - placed }
  })
}

/** Puts the children still without a track on this one; how many it put. */
async function placeOnTrack(tx: EntityManager, trackId: number, childIds: number[]): Promise<number> {
  let placed = 0
  for (let start = 0; start < childIds.length; start += 1000) {
    const chunk = childIds.slice(start, start + 1000)
    placed += await updateTable(tx, ChildEntity, `set track_id = ? where track_id is null and id in (${chunk.map(() => '?').join(', ')})`, [trackId, ...chunk])
  }
  return placed
}
