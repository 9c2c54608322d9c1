import type { EntityManager } from '@mikro-orm/core'
import { match } from '@mukana/matcher'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { CohortEntity, type Cohort } from '../cohort/cohort.entity.js'
import { TrackEntity } from '../track/track.entity.js'
import { buildTrackInstance } from './buildTrackInstance.js'
import { takeSeats } from '../../seats/index.js'
import { ChildEntity, type User } from '../../people/index.js'

export interface TrackAssignment {
  cohort: Cohort
  placed: number
  unplaced: number
}

/**
 * A coordinator assigns a cohort's registered children to its tracks with the matcher (deferred
 * acceptance: the family's field wishes, language fit, seats held for targeted districts). Children
 * already placed keep their track. All placements are written in one transaction, each seat taken by a
 * conditional update: a registration placed meanwhile cannot push a track over its capacity.
 */
export async function assignTracks(em: EntityManager, user: User, cohortId: number, seed: number, now = new Date()): Promise<TrackAssignment> {
  if (!Number.isSafeInteger(seed) || seed < 0) throw ApiError.invalid([fieldIssue('seed', 'range', { min: 0, max: Number.MAX_SAFE_INTEGER, got: seed })])
  const cohort = await em.findOne(CohortEntity, { id: cohortId })
  if (!cohort) throw new ApiError('not_found', `No cohort ${cohortId}.`)
  return em.transactional(async (tx) => {
    const tracks = await tx.find(TrackEntity, { cohort: cohort.id }, { populate: ['field'], orderBy: { id: 'asc' } })
    const children = await tx.find(ChildEntity, { birthYear: cohort.birthYear, track: null }, { orderBy: { id: 'asc' } })
    const result = match(buildTrackInstance(tracks, children, seed), { compare: false })
    for (const placement of result.placements) {
      const trackId = Number(placement.offering)
      if (!(await takeSeats(tx, TrackEntity, trackId)))
        throw new ApiError('track/full', `Track ${trackId} filled up while assigning; run the assignment again.`)
      await tx.nativeUpdate(ChildEntity, { id: Number(placement.participant), track: null }, { track: trackId })
    }
    await tx.nativeUpdate(CohortEntity, { id: cohort.id }, { assignedAt: cohort.assignedAt ?? now })
    return {
      cohort: { ...cohort, assignedAt: cohort.assignedAt ?? now },
      placed: result.placements.length,
      unplaced: children.length - result.placements.length,
    }
  })
}
