import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { InstitutionEntity } from '../institution/institution.entity.js'
import { SERVICE_LANGUAGES, TrackEntity, type Track } from './track.entity.js'
import type { CreateTrackInput } from './track.input.js'
import { HELSINKI_DISTRICTS } from '../../people/index.js'

/** A track of a cohort with an institution; a cohort may be split over several tracks and fields. */
export async function createTrack(em: EntityManager, input: CreateTrackInput): Promise<Track> {
  const issues: FieldIssue[] = []
  const cohort = await em.findOne(CohortEntity, { id: Number(input.cohortId) })
  if (!cohort) issues.push({ field: 'cohortId', message: `no cohort ${input.cohortId}` })
  const institution = await em.findOne(InstitutionEntity, { id: Number(input.institutionId) })
  if (!institution) issues.push({ field: 'institutionId', message: `no institution ${input.institutionId}` })
  if (!(input.capacity >= 1 && input.capacity <= 10_000)) issues.push({ field: 'capacity', message: `must be 1–10000, got ${input.capacity}` })
  if (input.languages.length === 0) issues.push({ field: 'languages', message: 'name at least one of fi, sv, en' })
  input.languages.forEach((language, i) => {
    if (!(SERVICE_LANGUAGES as readonly string[]).includes(language))
      issues.push({ field: `languages[${i}]`, message: `must be fi, sv or en, got "${language}"` })
  })
  const districts = input.reservedDistricts ?? []
  districts.forEach((district, i) => {
    if (!(HELSINKI_DISTRICTS as readonly string[]).includes(district))
      issues.push({ field: `reservedDistricts[${i}]`, message: `"${district}" is not a Helsinki district` })
  })
  const reservedSeats = input.reservedSeats ?? 0
  if (reservedSeats < 0 || reservedSeats > input.capacity)
    issues.push({ field: 'reservedSeats', message: `must be 0–capacity (${input.capacity}), got ${reservedSeats}` })
  if (reservedSeats > 0 && districts.length === 0) issues.push({ field: 'reservedDistricts', message: 'name the districts the reserved seats are for' })
  if (issues.length > 0) throw ApiError.invalid(issues)
  const track = em.create(TrackEntity, {
    cohort: cohort!,
    field: institution!.field,
    institution: institution!,
    capacity: input.capacity,
    languages: [...new Set(input.languages)],
    reservedDistricts: districts,
    reservedSeats,
    seatsTaken: 0,
  })
  await em.flush()
  return track
}
