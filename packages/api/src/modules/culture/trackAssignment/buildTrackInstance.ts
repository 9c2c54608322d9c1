import { INSTANCE_FORMAT, type Instance } from '@mukana/matcher'
import type { Track } from '../track/track.entity.js'
import { rankTracks } from './rankTracks.js'
import { seatsLeft } from '../../seats/index.js'
import type { Child } from '../../people/index.js'

/**
 * The matcher's instance for a cohort: tracks are offerings (the seats still free; seats held for
 * targeted districts become reserves for the tag `reserve:<track id>`, which the children of those
 * districts carry), children are participants ranking
 * the tracks that serve their language (rankTracks).
 */
export function buildTrackInstance(tracks: readonly Track[], children: readonly Child[], seed: number): Instance {
  return {
    format: INSTANCE_FORMAT,
    seed,
    maxPlacements: 1,
    offerings: tracks.map((track) => {
      const capacity = seatsLeft(track)
      const reserved = Math.min(track.reservedSeats, capacity)
      return {
        id: String(track.id),
        capacity,
        activity: track.field.code,
        ...(reserved > 0 && track.reservedDistricts.length > 0 ? { reserved: [{ tag: `reserve:${track.id}`, seats: reserved }] } : {}),
      }
    }),
    participants: children.map((child) => ({
      id: String(child.id),
      ranking: rankTracks(child, tracks).map((track) => String(track.id)),
      tags: tracks.filter((track) => child.district !== null && track.reservedDistricts.includes(child.district)).map((track) => `reserve:${track.id}`),
    })),
  }
}
