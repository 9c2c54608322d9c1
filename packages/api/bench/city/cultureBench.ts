/**
 * City scale, the culture half: Helsinki's seven cohorts of godchildren (6,000 registered in each, as
 * the demo seeds them), the coordinator assigning each cohort to its tracks, the families' tickets to
 * five earlier years of events, and the coordinator's figures (`cultureIndicators`), through GraphQL.
 */
import 'reflect-metadata'
import { seededRandom } from '@mukana/matcher'
import { DEMO_PASSWORD } from '@mukana/api'
import { insertRows } from '../../src/db/insertRows.js'
import { runSql } from '../../src/db/runSql.js'
import { CultureEventEntity, OccurrenceEntity, type Occurrence } from '../../src/modules/culture/cultureEvent/cultureEvent.entity.js'
import { InstitutionEntity } from '../../src/modules/culture/institution/institution.entity.js'
import { hashPassword } from '../../src/modules/people/user/passwords.js'
import { UserEntity } from '../../src/modules/people/user/user.entity.js'
import { seedCulture, seedGodchildren } from '../../src/seed/seedCulture.js'
import { openBenchService, type BenchService } from './benchService.js'

const PER_COHORT = 6_000
const EARLIER_YEARS = 5
const INDICATORS = `{ cultureIndicators {
  cohorts { birthYear registered placed registeredShare attendedYears }
  tracks { trackId year children enrolled attended }
  byDistrict { label registered enrolled attended }
  byLanguage { label registered enrolled attended }
} }`

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** An event a year at each institution, and a ticket to one for about six in ten godchildren old enough, nine in ten of them checked in. */
async function seedEarlierYears(service: BenchService): Promise<number> {
  const em = service.orm.em.fork()
  const random = seededRandom(7)
  const thisYear = new Date().getFullYear()
  const occurrences = new Map<string, Occurrence>()
  for (const institution of await em.find(InstitutionEntity, {})) {
    for (let year = thisYear - EARLIER_YEARS; year < thisYear; year++) {
      const event = em.create(CultureEventEntity, {
        institution,
        name: `${institution.name} ${year}`,
        description: '',
        year,
        eventGroup: 'yearly',
        invitation: 'child-1-2-adults',
      })
      const startsAt = new Date(Date.UTC(year, 9, 10, 8))
      occurrences.set(
        `${institution.id}:${year}`,
        em.create(OccurrenceEntity, { event, startsAt, venue: institution.name, language: 'fi', capacity: 100_000, seatsTaken: 0 }),
      )
    }
  }
  await em.flush()
  // Every registered godchild: the city's cohorts are placed in full, the demo's tracks hold only some.
  const institutions = [...new Set([...occurrences.keys()].map((key) => Number(key.split(':')[0])))]
  const children = await runSql<{ id: number; birth_year: number; institution_id: number | null }[]>(
    em,
    'select c.id, c.birth_year, t.institution_id from child c left join track t on t.id = c.track_id where c.registered_at is not null',
  )
  const rows: unknown[][] = []
  for (const child of children) {
    for (let year = Math.max(Number(child.birth_year) + 1, thisYear - EARLIER_YEARS); year < thisYear; year++) {
      if (random() >= 0.6) continue
      const institution = child.institution_id ?? institutions[Number(child.id) % institutions.length]
      const occurrence = occurrences.get(`${institution}:${year}`)!
      const at = new Date(Date.UTC(year, 9, 10, 8))
      rows.push([occurrence.id, child.id, 1, 'enrolled', `B${year}${String(child.id).padStart(10, '0')}`, random() < 0.9 ? at : null, at])
    }
  }
  await em.transactional((tx) =>
    insertRows(tx, 'event_enrolment', ['occurrence_id', 'child_id', 'adults', 'status', 'ticket_code', 'checked_in_at', 'created_at'], rows),
  )
  return rows.length
}

export async function cultureBench(kind: 'sqlite' | 'postgresql', postgresUrl: string): Promise<string[]> {
  const service = await openBenchService(kind, postgresUrl)
  try {
    let start = performance.now()
    const em = service.orm.em.fork()
    const passwordHash = await hashPassword(DEMO_PASSWORD)
    await seedCulture(em, passwordHash)
    // The city places every child: the demo's tracks, with room for all. Registered first, assigned below.
    await runSql(em, 'update track set capacity = 100000')
    await seedGodchildren(em, PER_COHORT)
    em.create(UserEntity, { email: 'coordinator@bench.test', name: 'Coordinator', passwordHash, role: 'coordinator', club: null, school: null, area: null })
    await em.flush()
    const seeded = performance.now() - start
    const coordinator = await service.login('coordinator@bench.test')
    start = performance.now()
    let placed = 0
    for (const { id } of (await service.gql('{ cohorts { id } }', {}, coordinator)).data.cohorts as { id: string }[]) {
      const answer = await service.gql('mutation ($c: ID!) { assignTracks(cohortId: $c, seed: 1) { placed } }', { c: id }, coordinator)
      if (answer.errors) throw new Error(JSON.stringify(answer.errors))
      placed += answer.data.assignTracks.placed as number
    }
    const assigned = performance.now() - start
    await seedEarlierYears(service)
    const [{ all }] = await runSql<{ all: number }[]>(em, 'select count(*) as "all" from event_enrolment')
    const times: number[] = []
    for (let run = 0; run < 3; run++) {
      start = performance.now()
      const answer = await service.gql(INDICATORS, {}, coordinator)
      times.push(performance.now() - start)
      if (answer.errors || answer.data.cultureIndicators.cohorts.length !== 7) throw new Error(JSON.stringify(answer.errors ?? answer.data))
    }
    return [
      `| ${kind} | seed ${7 * PER_COHORT} registered godchildren in 7 cohorts | ${seconds(seeded)} |`,
      `| ${kind} | assign each cohort to its tracks (assignTracks, 7 times through GraphQL; ${placed} placed) | ${seconds(assigned)} |`,
      `| ${kind} | then ${Number(all)} tickets over ${EARLIER_YEARS} earlier years: the coordinator's culture figures (cultureIndicators), fastest of 3 | ${seconds(Math.min(...times))} |`,
    ]
  } finally {
    await service.close()
  }
}
