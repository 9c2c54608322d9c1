import type { EntityManager } from '@mikro-orm/core'
import { seededRandom, type WeeklySpan } from '@mukana/matcher'
import { ChildEntity, type Gender } from '../modules/people/child/child.entity.js'
import type { School } from '../modules/people/school/school.entity.js'
import { SchoolClassEntity, type SchoolClass } from '../modules/people/schoolClass/schoolClass.entity.js'

/** Home languages and names heard in Kontula's schools: [language, girls' names, boys' names, family names]. */
const FAMILIES: [string, string[], string[], string[]][] = [
  [
    'fi',
    ['Aino', 'Eevi', 'Helmi', 'Ella', 'Aada', 'Iida', 'Lilja', 'Venla'],
    ['Eino', 'Leo', 'Väinö', 'Elias', 'Onni', 'Toivo', 'Eetu', 'Niilo'],
    ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Laine', 'Heikkinen', 'Koskinen', 'Salminen'],
  ],
  ['so', ['Hodan', 'Amina', 'Fartun', 'Sahra'], ['Abdi', 'Mahad', 'Yusuf', 'Hamza'], ['Hassan', 'Ahmed', 'Mohamed', 'Warsame']],
  ['ar', ['Mariam', 'Noor', 'Lina'], ['Omar', 'Ali', 'Karim'], ['Al-Sayed', 'Haddad', 'Saleh']],
  ['ru', ['Polina', 'Sofia', 'Alisa'], ['Artem', 'Ivan', 'Mark'], ['Ivanov', 'Smirnov', 'Petrov']],
  ['et', ['Liis', 'Mia'], ['Rasmus', 'Kaspar'], ['Tamm', 'Saar']],
  ['sv', ['Ebba', 'Elsa'], ['Hugo', 'Axel'], ['Lindqvist', 'Nyberg']],
  ['vi', ['Linh', 'Mai'], ['Minh', 'Nam'], ['Nguyen', 'Tran']],
  ['en', ['Emily', 'Grace'], ['Jack', 'Noah'], ['Smith', 'Brown']],
]

/** Per school: its classes (name, pupils) and the share of Finnish-speaking homes. */
const CLASSES: Record<string, { classes: [string, number][]; finnishShare: number }> = {
  'Kontulan ala-aste': {
    classes: [
      ['3A', 28],
      ['3B', 28],
    ],
    finnishShare: 0.7,
  },
  'Keinutien ala-aste': {
    classes: [
      ['3A', 29],
      ['3B', 29],
      ['3C', 29],
    ],
    finnishShare: 0.45,
  },
  'Laakavuoren ala-aste': { classes: [['3A', 30]], finnishShare: 0.75 },
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const
const MORNING: [string, string][] = [
  ['08:15', '09:00'],
  ['09:00', '09:45'],
  ['10:00', '10:45'],
  ['10:45', '11:30'],
  ['12:00', '12:45'],
]

/** Grade 3: five lessons every day, a sixth on two days and a seventh on one of them (28 a week, 45 min each). */
function lessons(offset: number): WeeklySpan[] {
  return DAYS.flatMap((day, d) => {
    const today = MORNING.map(([start, end]) => ({ day, start, end }))
    if ((d + offset) % 5 < 2) today.push({ day, start: '12:45', end: '13:30' })
    if ((d + offset) % 5 === 0) today.push({ day, start: '13:30', end: '14:15' })
    return today
  })
}

/** Third-grade classes of the school year and their pupils, for the demo schools; returns the classes by "school/class". */
export function seedPupils(em: EntityManager, schools: School[], schoolYear: string): Map<string, SchoolClass> {
  const random = seededRandom(175)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const classes = new Map<string, SchoolClass>()
  let offset = 0
  for (const school of schools) {
    const plan = CLASSES[school.name]
    for (const [name, size] of plan.classes) {
      const schoolClass = em.create(SchoolClassEntity, { school, name, grade: 3, schoolYear, lessons: lessons(offset++) })
      classes.set(`${school.name}/${name}`, schoolClass)
      for (let i = 0; i < size; i++) {
        const family = random() < plan.finnishShare ? FAMILIES[0] : pick(FAMILIES.slice(1))
        const gender: Gender = random() < 0.49 ? 'girl' : random() < 0.98 ? 'boy' : 'unspecified'
        const firstName = pick(gender === 'girl' ? family[1] : family[2])
        em.create(ChildEntity, {
          firstName,
          lastName: pick(family[3]),
          schoolClass,
          gender,
          homeLanguages: [family[0]],
        })
      }
    }
  }
  return classes
}
