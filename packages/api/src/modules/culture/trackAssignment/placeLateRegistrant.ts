import type { EntityManager } from '@mikro-orm/core'
import { TrackEntity, type Track } from '../track/track.entity.js'
import { rankTracks } from './rankTracks.js'
import { takeSeats } from '../../seats/index.js'
import { type Child, ChildEntity } from '../../people/index.js'

/**
 * A child registering after the cohort's assignment joins the best-fitting track with room (rankTracks),
 * each try one conditional update, so that simultaneous registrations never overfill a track. Returns
 * the track, or null when none that fits has room (the child waits for a free seat).
 */
export async function placeLateRegistrant(em: EntityManager, child: Child, cohortId: number): Promise<Track | null> {
  const tracks = await em.find(TrackEntity, { cohort: cohortId }, { populate: ['field'], orderBy: { id: 'asc' } })
  for (const track of rankTracks(child, tracks)) {
    const placed = await em.transactional(async (tx) => {
      if (!(await takeSeats(tx, TrackEntity, track.id))) return false
      await tx.nativeUpdate(ChildEntity, { id: child.id }, { track: track.id })
      return true
    })
    if (placed) return track
  }
  return null
}
