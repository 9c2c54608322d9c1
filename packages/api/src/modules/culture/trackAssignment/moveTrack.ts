import { type EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { findOwnGodchild } from '../registration/registration.service.js'
import { TrackEntity } from '../track/track.entity.js'
import { rankTracks } from './rankTracks.js'
import { releaseSeats, takeSeats } from '../../seats/index.js'
import { type Child, ChildEntity, type Account } from '../../people/index.js'

/**
 * A child keeps its track for seven years unless the family asks to move: the child then takes a seat
 * in the best other track with room for its new wishes, and gives its old seat back, in one
 * transaction. When no other fitting track has room, nothing changes.
 */
export async function moveTrack(em: EntityManager, user: Account, childId: number, fieldRanking: number[]): Promise<Child> {
  const child = await findOwnGodchild(em, user, childId)
  if (!child.track) throw new ApiError('track/none', `${child.firstName} has no track yet to move from.`)
  const current = child.track
  const cohort = await em.findOneOrFail(CohortEntity, { birthYear: child.birthYear })
  const others = await em.find(TrackEntity, { cohort: cohort.id, id: { $ne: current.id } }, { populate: ['field'], orderBy: { id: 'asc' } })
  for (const track of rankTracks({ homeLanguages: child.homeLanguages, fieldRanking }, others)) {
    const moved = await em.transactional(async (tx) => {
      if (!(await takeSeats(tx, TrackEntity, track.id))) return false
      await releaseSeats(tx, TrackEntity, current.id)
      await tx.nativeUpdate(ChildEntity, { id: child.id, track: current.id }, { track: track.id, fieldRanking })
      return true
    })
    if (moved) return em.findOneOrFail(ChildEntity, { id: child.id }, { refresh: true })
  }
  throw new ApiError('track/full', `No other track that fits ${child.firstName} has room; the track stays as it is.`)
}
