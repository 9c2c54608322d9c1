import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, seedGodchildren, seedKontula, type Database } from '@mukana/api'
import { CohortEntity } from '../src/modules/culture/cohort/cohort.entity'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { TrackEntity } from '../src/modules/culture/track/track.entity'
import { OccurrenceEntity } from '../src/modules/culture/cultureEvent/cultureEvent.entity'
import { EventEnrolmentEntity } from '../src/modules/culture/eventEnrolment/eventEnrolment.entity'
import { serviceLanguages } from '../src/modules/culture/trackAssignment/serviceLanguages'

describe('the culture godchild demo data', () => {
  const sqlitePath = join(tmpdir(), `mukana-culture-${randomBytes(4).toString('hex')}.sqlite`)
  let orm: Database

  beforeAll(async () => {
    orm = await openDatabase({ sqlitePath })
    await seedKontula(orm.em.fork())
    await seedGodchildren(orm.em.fork(), 120)
  }, 60_000)
  afterAll(async () => {
    await orm.close()
    rmSync(sqlitePath, { force: true })
  })

  it('has a year of events, none overbooked, the past ones checked in', async () => {
    const em = orm.em.fork()
    const occurrences = await em.find(OccurrenceEntity, {})
    expect(occurrences.length).toBeGreaterThan(20)
    const enrolments = await em.find(EventEnrolmentEntity, {})
    for (const o of occurrences) {
      const mine = enrolments.filter((e) => e.occurrence.id === o.id)
      expect(o.seatsTaken).toBe(mine.reduce((sum, e) => sum + 1 + e.adults, 0))
      expect(o.seatsTaken).toBeLessThanOrEqual(o.capacity)
      if (o.startsAt > new Date()) expect(mine.every((e) => e.checkedInAt === null)).toBe(true)
    }
    expect(enrolments.some((e) => e.checkedInAt !== null)).toBe(true)
  })

  it("has the 2020–2026 cohorts with each year's sponsor, the 2027 rotation still to come", async () => {
    const cohorts = await orm.em.fork().find(CohortEntity, {}, { orderBy: { birthYear: 'asc' } })
    expect(cohorts.map((c) => c.birthYear)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(cohorts[0]!.sponsor).toBe('Helsingin kaupunginorkesteri')
    expect(cohorts.every((c) => c.assignedAt !== null)).toBe(true)
  })

  it('places every registered child on a track serving the family’s language, no track over its seats', async () => {
    const em = orm.em.fork()
    const tracks = await em.find(TrackEntity, {})
    const children = await em.find(ChildEntity, { registeredAt: { $ne: null } }, { populate: ['track'] })
    expect(children).toHaveLength(7 * 120 + 1) // and the demo guardian's Helmi
    expect(children.filter((c) => c.track === null)).toEqual([])
    for (const track of tracks) {
      const on = children.filter((c) => c.track?.id === track.id)
      expect(track.seatsTaken).toBe(on.length)
      expect(track.seatsTaken).toBeLessThanOrEqual(track.capacity)
      for (const child of on)
        expect(
          track.languages.some((l) => serviceLanguages(child.homeLanguages).includes(l)),
          `${child.homeLanguages} on ${track.languages}`,
        ).toBe(true)
    }
    // Swedish-speaking families of 2021 go to Svenska Teatern, the cohort's only Swedish track.
    const swedish2021 = children.filter((c) => c.birthYear === 2021 && c.homeLanguages.join() === 'sv')
    expect(swedish2021.length).toBeGreaterThan(0)
    const svenska = tracks.find((t) => t.languages.join() === 'sv')!
    expect(swedish2021.every((c) => c.track?.id === svenska.id)).toBe(true)
  })
})
