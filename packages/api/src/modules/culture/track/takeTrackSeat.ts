import { raw, type EntityManager } from '@mikro-orm/core'
import { TrackEntity, type Track } from './track.entity.js'

/**
 * Takes one seat of a track, if one is free: a single conditional update, so that however many
 * placements run at once no track goes over its capacity. Returns whether the seat was taken.
 */
export async function takeTrackSeat(tx: EntityManager, track: Pick<Track, 'id' | 'capacity'>): Promise<boolean> {
  return (await tx.nativeUpdate(TrackEntity, { id: track.id, placed: { $lt: track.capacity } }, { placed: raw('placed + 1') })) > 0
}
