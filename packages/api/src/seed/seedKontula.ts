import type { EntityManager } from '@mikro-orm/core'
import { AreaEntity } from '../modules/people/area/area.entity.js'
import { ClubEntity } from '../modules/hobby/club/club.entity.js'
import { HobbyGroupEntity, type HobbyGroupKind } from '../modules/hobby/hobbyGroup/hobbyGroup.entity.js'
import { hashPassword } from '../modules/people/user/passwords.js'
import { SchoolEntity } from '../modules/people/school/school.entity.js'
import { UserEntity } from '../modules/people/user/user.entity.js'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../modules/people/user/demoAccounts.js'
import { schoolYearOf, termOf } from '../modules/hobby/calendar/termOf.js'

export { DEMO_ACCOUNTS, DEMO_PASSWORD }
import { ChildEntity } from '../modules/people/child/child.entity.js'
import { seedPupils } from './kontulaPupils.js'
import { seedCulture } from './seedCulture.js'

const SCHOOLS: [string, string][] = [
  ['Kontulan ala-aste', 'Kontula'],
  ['Keinutien ala-aste', 'Kontula'],
  ['Laakavuoren ala-aste', 'Mellunmäki'],
]

const CLUBS = [
  'Kontulan Kisa',
  'Itä-Helsingin Ratsastajat',
  'Mellunmäen Taidekoulu',
  'Kontulan Nuorisotalo',
  'Tanssikoulu Itä',
  'Koodikerho Helsinki',
  'Itä-Helsingin Uimarit',
  'Sirkuskoulu Kontula',
  'Musiikkipaja Itä',
  'Shakkikerho Ratsu',
  'Luontokoulu Mellunmäki',
  'Teatteri Kontula',
]

/** Groups: name [Finnish, Swedish, English], activity, club, school (or none), capacity, girls' seats, kind, sessions ("mon 14:15-15:15"). */
const GROUPS: [[string, string, string], string, number, number | null, number, number, HobbyGroupKind, string[]][] = [
  [['Jalkapallo, 3.–4. lk', 'Fotboll, åk 3–4', 'Football, grades 3–4'], 'football', 0, 0, 16, 6, 'after-school', ['mon 14:15-15:15', 'wed 14:15-15:15']],
  [['Salibandy', 'Innebandy', 'Floorball'], 'floorball', 0, 1, 14, 5, 'after-school', ['tue 14:15-15:15']],
  [['Parkour', 'Parkour', 'Parkour'], 'parkour', 0, 2, 12, 5, 'after-school', ['thu 14:30-15:30']],
  [['Ratsastus', 'Ridning', 'Riding'], 'riding', 1, null, 8, 0, 'free-time', ['tue 16:00-17:00']],
  [['Eläinkerho', 'Djurklubb', 'Animal club'], 'animal-club', 1, null, 10, 0, 'free-time', ['fri 14:30-15:45']],
  [['Kuvataide', 'Bildkonst', 'Visual arts'], 'visual-arts', 2, 2, 12, 0, 'after-school', ['wed 13:30-15:00']],
  [['Sarjakuva ja piirtäminen', 'Serier och teckning', 'Comics and drawing'], 'visual-arts', 2, 0, 12, 0, 'school-day', ['thu 12:45-13:30']],
  [['Kokkikerho', 'Matlagningsklubb', 'Cooking club'], 'cooking', 3, 1, 10, 0, 'after-school', ['mon 14:15-15:45']],
  [['Kiipeily', 'Klättring', 'Climbing'], 'climbing', 3, null, 12, 5, 'free-time', ['sat 10:00-11:30']],
  [['Tyttöjen tanssi', 'Dans för flickor', 'Dance for girls'], 'dance', 4, 0, 14, 0, 'after-school', ['tue 14:15-15:15']],
  [['Katutanssi', 'Streetdance', 'Street dance'], 'dance', 4, 1, 14, 0, 'after-school', ['thu 14:15-15:15']],
  [['Pelikoodaus', 'Spelkodning', 'Game coding'], 'coding-club', 5, 0, 12, 5, 'after-school', ['fri 14:15-15:30']],
  [['Robotiikka', 'Robotik', 'Robotics'], 'coding-club', 5, 2, 10, 4, 'school-day', ['wed 12:45-13:30']],
  [['Perhesalibandy', 'Familjeinnebandy', 'Family floorball'], 'floorball', 0, 1, 16, 0, 'free-time', ['sun 11:00-12:00']],
  [['Uimakoulu', 'Simskola', 'Swimming school'], 'swimming', 6, null, 12, 4, 'free-time', ['sat 12:00-13:00']],
  [['Sirkus aloittelijoille', 'Cirkus för nybörjare', 'Circus for beginners'], 'circus', 7, 0, 14, 5, 'after-school', ['tue 14:30-15:45']],
  [['Koulusirkus', 'Skolcirkus', 'Circus at school'], 'circus', 7, 1, 12, 4, 'school-day', ['fri 12:45-13:30']],
  [['Bändipaja', 'Bandverkstad', 'Band workshop'], 'music-band', 8, 0, 10, 4, 'after-school', ['wed 14:15-15:30']],
  [['Shakkikerho', 'Schackklubb', 'Chess club'], 'chess', 9, 0, 16, 0, 'after-school', ['thu 14:15-15:15']],
  [['Luontoretkeilijät', 'Naturforskare', 'Nature explorers'], 'nature-club', 10, 2, 12, 0, 'after-school', ['mon 14:15-15:30']],
  [['Teatterikerho', 'Teaterklubb', 'Theatre club'], 'theatre', 11, 1, 12, 4, 'after-school', ['wed 14:15-15:30']],
  [['Koripallo', 'Basket', 'Basketball'], 'basketball', 0, 2, 14, 5, 'after-school', ['tue 14:30-15:30']],
  [['Voimistelu', 'Gymnastik', 'Gymnastics'], 'gymnastics', 0, null, 16, 0, 'free-time', ['sat 10:00-11:00']],
  [['Kalastuskerho', 'Fiskeklubb', 'Fishing club'], 'fishing', 10, null, 8, 0, 'free-time', ['sun 10:00-12:00']],
  [['BMX', 'BMX', 'BMX'], 'bmx', 3, null, 10, 3, 'free-time', ['sat 13:00-14:30']],
]

/** The demo's groups are for the term of the day the demo is made, so that the forms' default term finds them. */
export const DEMO_TERM = termOf(new Date())
/** The school year of the demo's classes: the one its term falls in (the survey asks those classes' pupils). */
export const DEMO_SCHOOL_YEAR = schoolYearOf(DEMO_TERM)

/**
 * Demo data for Kontula: real schools, clubs and groups modelled on the pupil survey's most wished hobbies;
 * and the culture godchild programme's fields, institutions, cohorts and tracks (seedCulture).
 */
export async function seedKontula(em: EntityManager): Promise<void> {
  const areas = new Map(['Kontula', 'Mellunmäki'].map((name) => [name, em.create(AreaEntity, { name })]))
  const schools = SCHOOLS.map(([name, area]) => em.create(SchoolEntity, { name, area: areas.get(area)! }))
  const clubs = CLUBS.map((name) => em.create(ClubEntity, { name }))
  for (const [[name, nameSv, nameEn], activity, club, school, capacity, girls, kind, sessions] of GROUPS) {
    em.create(HobbyGroupEntity, {
      name,
      nameSv,
      nameEn,
      activity,
      club: clubs[club],
      school: school === null ? null : schools[school],
      description: '',
      venue: school === null ? `${clubs[club].name}, Kontula` : schools[school].name,
      capacity,
      girlsReservedSeats: girls,
      girlsOnly: nameEn === 'Dance for girls',
      familyGroup: nameEn.startsWith('Family'),
      adultPlaces: nameEn.startsWith('Family') ? 8 : 0,
      grades: [3, 4],
      kind,
      term: DEMO_TERM,
      sessions: sessions.map((text) => {
        const [day, times] = text.split(' ')
        const [start, end] = times.split('-')
        return { day, start, end } as never
      }),
      seatsTaken: 0,
    })
  }
  const classes = seedPupils(em, schools, DEMO_SCHOOL_YEAR)
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  // The institution's account comes with its institution (seedCulture).
  for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== 'institution')) {
    const user = em.create(UserEntity, {
      ...account,
      passwordHash,
      club: account.role === 'club' ? clubs[0] : null,
      school: account.role === 'teacher' ? schools[0] : null,
      area: account.role === 'coordinator' ? areas.get('Kontula')! : null,
    })
    if (account.role === 'guardian') {
      // Twins in parallel classes of Kontulan ala-aste.
      for (const [firstName, gender, schoolClass] of [
        ['Aino', 'girl', '3A'],
        ['Eino', 'boy', '3B'],
      ] as const) {
        const child = em.create(ChildEntity, {
          firstName,
          lastName: 'Huoltaja',
          gender,
          homeLanguages: ['fi'],
          district: 'Kontula',
          schoolClass: classes.get(`Kontulan ala-aste/${schoolClass}`)!,
        })
        child.guardians.add(user)
      }
    }
  }
  await em.flush()
  await seedCulture(em, passwordHash)
}
