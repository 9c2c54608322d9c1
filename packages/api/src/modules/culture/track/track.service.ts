import type { EntityManager } from '@mikro-orm/core'
import { ApiError, type FieldIssue } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS, withinLimit } from '../../../graphql/inputLimits.js'
import { CohortEntity } from '../cohort/cohort.entity.js'
import { InstitutionEntity } from '../institution/institution.entity.js'
import { SERVICE_LANGUAGES, TrackEntity, type Track } from './track.entity.js'
import type { CreateTrackInput } from './track.input.js'
import { HELSINKI_DISTRICTS } from '../../people/index.js'

/** A track of a cohort with an institution; a cohort may be split over several tracks and fields. */
export async function createTrack(em: EntityManager, input: CreateTrackInput): Promise<Track> {
  const issues: FieldIssue[] = []
  const cohort = await em.findOne(CohortEntity, { id: Number(input.cohortId) })
  if (!cohort) issues.push(fieldIssue('cohortId', 'unknown', { got: input.cohortId }))
  const institution = await em.findOne(InstitutionEntity, { id: Number(input.institutionId) })
  if (!institution) issues.push(fieldIssue('institutionId', 'unknown', { got: input.institutionId }))
  if (!withinLimit('trackSeats', input.capacity)) issues.push(fieldIssue('capacity', 'range', { ...INPUT_LIMITS.trackSeats, got: input.capacity }))
  if (input.languages.length === 0) issues.push(fieldIssue('languages', 'required'))
  input.languages.forEach((language, i) => {
    if (!(SERVICE_LANGUAGES as readonly string[]).includes(language))
      issues.push(fieldIssue(`languages[${i}]`, 'one_of', { values: SERVICE_LANGUAGES.join(', '), got: language }))
  })
  const districts = input.reservedDistricts ?? []
  districts.forEach((district, i) => {
    if (!(HELSINKI_DISTRICTS as readonly string[]).includes(district)) issues.push(fieldIssue(`reservedDistricts[${i}]`, 'unknown', { got: district }))
  })
  const reservedSeats = input.reservedSeats ?? 0
  if (reservedSeats < 0 || (input.capacity >= 0 && reservedSeats > input.capacity))
    issues.push(fieldIssue('reservedSeats', 'range', { min: 0, max: Math.max(input.capacity, 0), got: reservedSeats }))
  if (reservedSeats > 0 && districts.length === 0) issues.push(fieldIssue('reservedDistricts', 'required'))
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
