import type { EntityManager } from '@mikro-orm/core'
import { seededRandom } from '@mukana/matcher'
import { ArtFieldEntity } from '../modules/culture/artField/artField.entity.js'
import { CohortEntity } from '../modules/culture/cohort/cohort.entity.js'
import { ChildEntity } from '../modules/people/child/child.entity.js'
import { HELSINKI_DISTRICTS } from '../modules/people/child/helsinkiDistricts.js'
import { InstitutionEntity } from '../modules/culture/institution/institution.entity.js'
import { TrackEntity } from '../modules/culture/track/track.entity.js'
import { UserEntity } from '../modules/people/user/user.entity.js'
import { assignTracks } from '../modules/culture/trackAssignment/assignTracks.js'
import { CultureEventEntity, OccurrenceEntity } from '../modules/culture/cultureEvent/cultureEvent.entity.js'
import { EventEnrolmentEntity } from '../modules/culture/eventEnrolment/eventEnrolment.entity.js'

/** The seven fields of the programme (coordinators may add more). [code, Finnish, Swedish, English] */
const FIELDS: [string, string, string, string][] = [
  ['music', 'Musiikki', 'Musik', 'Music'],
  ['theatre', 'Teatteri', 'Teater', 'Theatre'],
  ['dance-circus', 'Tanssi ja sirkus', 'Dans och cirkus', 'Dance and circus'],
  ['visual-arts-museums', 'Kuvataide ja museot', 'Bildkonst och museer', 'Visual arts and museums'],
  ['architecture-design', 'Arkkitehtuuri ja muotoilu', 'Arkitektur och design', 'Architecture and design'],
  ['literature-libraries', 'Kirjallisuus ja kirjastot', 'Litteratur och bibliotek', 'Literature and libraries'],
  ['opera-ballet', 'Ooppera ja baletti', 'Opera och balett', 'Opera and ballet'],
]

/** Demo institutions, after the city's sponsors: name, its Swedish and English names, field, the languages its tracks serve. */
const INSTITUTIONS: [string, [string, string], string, string[]][] = [
  ['Helsingin kaupunginorkesteri', ['Helsingfors stadsorkester', 'Helsinki Philharmonic Orchestra'], 'music', ['fi', 'sv', 'en']],
  ['Helsingin Kaupunginteatteri', ['Helsingfors stadsteater', 'Helsinki City Theatre'], 'theatre', ['fi']],
  ['Svenska Teatern', ['Svenska Teatern', 'Svenska Teatern'], 'theatre', ['sv']],
  ['Teatteri Avoimet Ovet', ['Teater Avoimet Ovet', 'Theatre Avoimet Ovet'], 'theatre', ['fi', 'en']],
  ['Cirko – Uuden sirkuksen keskus', ['Cirko – Centret för nycirkus', 'Cirko – Center for New Circus'], 'dance-circus', ['fi', 'sv', 'en']],
  ['Zodiak – Uuden tanssin keskus', ['Zodiak – Centret för ny dans', 'Zodiak – Center for New Dance'], 'dance-circus', ['fi', 'en']],
  ['Helsingin kaupunginmuseo', ['Helsingfors stadsmuseum', 'Helsinki City Museum'], 'visual-arts-museums', ['fi', 'sv', 'en']],
  ['Arkkitehtuuri- ja designmuseo', ['Arkitektur- och designmuseet', 'Museum of Architecture and Design'], 'architecture-design', ['fi', 'sv', 'en']],
  ['Helsingin kaupunginkirjasto', ['Helsingfors stadsbibliotek', 'Helsinki City Library'], 'literature-libraries', ['fi', 'sv', 'en']],
  ['HAM Helsingin taidemuseo', ['HAM Helsingfors konstmuseum', 'HAM Helsinki Art Museum'], 'visual-arts-museums', ['fi', 'sv', 'en']],
  ['UMO Helsinki Jazz Orchestra', ['UMO Helsinki Jazz Orchestra', 'UMO Helsinki Jazz Orchestra'], 'music', ['fi', 'en']],
  ['Kansallisooppera ja -baletti', ['Nationaloperan och -baletten', 'Finnish National Opera and Ballet'], 'opera-ballet', ['fi', 'sv', 'en']],
]

/** The rotation: each birth year's sponsor and the institutions its tracks are with (seats per track). */
// Births in Helsinki are about 6,200–7,100 a year; the demo uses estimates in that range.
const BIRTHS: Record<number, number> = { 2020: 6700, 2021: 7050, 2022: 6450, 2023: 6300, 2024: 6250, 2025: 6200, 2026: 6200 }

const COHORTS: [number, string, [string, number][]][] = [
  [2020, 'Helsingin kaupunginorkesteri', [['Helsingin kaupunginorkesteri', 400]]],
  [
    2021,
    'Kuusi teatteria',
    [
      ['Helsingin Kaupunginteatteri', 180],
      ['Svenska Teatern', 60],
      ['Teatteri Avoimet Ovet', 160],
    ],
  ],
  [
    2022,
    'Sirkus, tanssi ja museot',
    [
      ['Cirko – Uuden sirkuksen keskus', 150],
      ['Zodiak – Uuden tanssin keskus', 120],
      ['Helsingin kaupunginmuseo', 130],
    ],
  ],
  [
    2023,
    'Arkkitehtuuri, muotoilu ja museot',
    [
      ['Arkkitehtuuri- ja designmuseo', 250],
      ['Helsingin kaupunginmuseo', 150],
    ],
  ],
  [2024, 'Kaupunginkirjasto ja liikuntapalvelut', [['Helsingin kaupunginkirjasto', 400]]],
  [
    2025,
    'Taidemuseot ja jazzorkesterit',
    [
      ['HAM Helsingin taidemuseo', 220],
      ['UMO Helsinki Jazz Orchestra', 180],
    ],
  ],
  [2026, 'Kansallisooppera ja -baletti', [['Kansallisooppera ja -baletti', 400]]],
]

// Demo families' home languages, roughly as in Helsinki's births.
const LANGUAGES: [string[], number][] = [
  [['fi'], 0.68],
  [['sv'], 0.06],
  [['fi', 'sv'], 0.04],
  [['so'], 0.04],
  [['ru'], 0.04],
  [['ar'], 0.04],
  [['en'], 0.04],
  [['et'], 0.03],
  [['fi', 'en'], 0.03],
]

/**
 * The culture godchild programme as the demo starts it: the seven fields, institutions, the 2020–2026
 * cohorts with their real sponsors and tracks (seats held for Kontula and Mellunkylä), and the
 * institution staff's demo account (the orchestra's).
 */
export async function seedCulture(em: EntityManager, passwordHash: string): Promise<void> {
  const fields = new Map(FIELDS.map(([code, nameFi, nameSv, nameEn]) => [code, em.create(ArtFieldEntity, { code, nameFi, nameSv, nameEn })]))
  const languages = new Map(INSTITUTIONS.map(([name, , , served]) => [name, served]))
  const institutions = new Map(
    INSTITUTIONS.map(([name, [nameSv, nameEn], field]) => [name, em.create(InstitutionEntity, { name, nameSv, nameEn, field: fields.get(field)! })]),
  )
  for (const [birthYear, sponsor, tracks] of COHORTS) {
    const cohort = em.create(CohortEntity, { birthYear, sponsor, assignedAt: null, births: BIRTHS[birthYear] ?? null })
    for (const [name, capacity] of tracks) {
      const institution = institutions.get(name)!
      em.create(TrackEntity, {
        cohort,
        field: institution.field,
        institution,
        capacity,
        languages: languages.get(name)!,
        reservedDistricts: ['Kontula', 'Mellunkylä'],
        reservedSeats: Math.round(capacity / 10),
        seatsTaken: 0,
      })
    }
  }
  const orchestra = institutions.get('Helsingin kaupunginorkesteri')!
  em.create(UserEntity, {
    email: 'institution@mukana.test',
    name: 'Iida Instituutio (Helsingin kaupunginorkesteri)',
    passwordHash,
    role: 'institution',
    club: null,
    school: null,
    area: null,
    institution: orchestra,
  })
  await em.flush()
}

/**
 * Demo families: `perCohort` registered children in each cohort (families without logins, home
 * languages roughly as in Helsinki's births), then each cohort assigned to its tracks by the matcher.
 */
export async function seedGodchildren(em: EntityManager, perCohort: number, seed = 2026): Promise<void> {
  const random = seededRandom(seed)
  const pick = <T>(weighted: [T, number][]): T => {
    let r = random()
    for (const [value, weight] of weighted) if ((r -= weight) < 0) return value
    return weighted[0]![0]
  }
  const fieldIds = (await em.find(ArtFieldEntity, {}, { orderBy: { id: 'asc' } })).map((field) => field.id)
  const names = ['Aino', 'Eino', 'Helmi', 'Leo', 'Olivia', 'Väinö', 'Sofia', 'Elias', 'Hodan', 'Omar', 'Ella', 'Noah', 'Alma', 'Oliver', 'Selma', 'Linnea']
  for (const [birthYear] of COHORTS) {
    for (let i = 0; i < perCohort; i++) {
      const guardian = em.create(UserEntity, {
        email: `family-${birthYear}-${i}@mukana.test`,
        name: 'Demo family',
        passwordHash: null,
        role: 'guardian',
        club: null,
        school: null,
        area: null,
      })
      const wishes = fieldIds.filter(() => random() < 0.3).sort(() => random() - 0.5)
      em.create(ChildEntity, {
        guardians: [guardian],
        lastName: null,
        gender: 'unspecified',
        schoolClass: null,
        firstName: names[Math.floor(random() * names.length)]!,
        birthYear,
        district: HELSINKI_DISTRICTS[Math.floor(random() * HELSINKI_DISTRICTS.length)]!,
        homeLanguages: pick(LANGUAGES),
        fieldRanking: wishes,
        registeredAt: new Date(),
      })
    }
  }
  await em.flush()
  // The demo guardian's own godchild, so that the family's pages have something to show.
  const demoGuardian = await em.findOne(UserEntity, { role: 'guardian', passwordHash: { $ne: null } }, { orderBy: { id: 'asc' } })
  if (demoGuardian)
    em.create(ChildEntity, {
      guardians: [demoGuardian],
      lastName: 'Huoltaja',
      gender: 'girl',
      schoolClass: null,
      firstName: 'Helmi',
      birthYear: 2020,
      district: 'Kontula',
      homeLanguages: ['fi'],
      registeredAt: new Date(),
    })
  await em.flush()
  const coordinator = await em.findOne(UserEntity, { role: 'coordinator' })
  if (!coordinator) return
  for (const cohort of await em.find(CohortEntity, {}, { orderBy: { birthYear: 'asc' } })) await assignTracks(em, coordinator, cohort.id, cohort.birthYear)
  await seedEvents(em, random)
}

/**
 * A year of events: each institution's spring and autumn event, three occurrences each, filled to about
 * two thirds by its godchildren's families; those already past checked in (nine in ten came).
 */
async function seedEvents(em: EntityManager, random: () => number, now = new Date()): Promise<void> {
  const year = now.getFullYear()
  const children = await em.find(ChildEntity, { track: { $ne: null } }, { populate: ['track'] })
  let ticket = 0
  for (const institution of await em.find(InstitutionEntity, {}, { orderBy: { id: 'asc' } })) {
    const theirs = children.filter((c) => c.track!.institution.id === institution.id)
    if (theirs.length === 0) continue
    for (const [season, month] of [
      ['spring', 3],
      ['autumn', 10],
    ] as const) {
      const event = em.create(CultureEventEntity, {
        institution,
        name: `${institution.name}: ${season === 'spring' ? 'kevään' : 'syksyn'} kummitapahtuma`,
        nameSv: `${institution.nameSv ?? institution.name}: ${season === 'spring' ? 'vårens' : 'höstens'} fadderevenemang`,
        nameEn: `${institution.nameEn ?? institution.name}: ${season === 'spring' ? 'spring' : 'autumn'} godchild event`,
        description: '',
        year,
        eventGroup: season,
        invitation: 'child-1-2-adults',
      })
      const queue = [...theirs].sort(() => random() - 0.5)
      for (let i = 0; i < 3; i++) {
        const startsAt = new Date(Date.UTC(year, month + i, 10 + i, 8, 0))
        const occurrence = em.create(OccurrenceEntity, {
          event,
          startsAt,
          venue: institution.name,
          language: i === 2 ? 'sv' : 'fi',
          capacity: 120,
          seatsTaken: 0,
        })
        const past = startsAt < now
        while (occurrence.seatsTaken + 3 <= 80 && queue.length > 0) {
          const child = queue.pop()!
          const adults = random() < 0.5 ? 1 : 2
          occurrence.seatsTaken += 1 + adults
          em.create(EventEnrolmentEntity, {
            occurrence,
            child,
            adults,
            status: 'enrolled',
            ticketCode: `DEMO${String(++ticket).padStart(6, '0')}`,
            checkedInAt: past && random() < 0.9 ? startsAt : null,
            createdAt: new Date(startsAt.getTime() - 30 * 86_400_000),
          })
        }
      }
    }
  }
  await em.flush()
}
