import type { Database } from '@mukana/api'
import { AreaEntity } from '../../src/modules/people/area/area.entity.js'
import { ClubEntity } from '../../src/modules/hobby/club/club.entity.js'
import { HobbyGroupEntity } from '../../src/modules/hobby/hobbyGroup/hobbyGroup.entity.js'
import { ChildEntity } from '../../src/modules/people/child/child.entity.js'
import { SchoolEntity } from '../../src/modules/people/school/school.entity.js'
import { SchoolClassEntity } from '../../src/modules/people/schoolClass/schoolClass.entity.js'
import { newAccount } from '../../src/modules/people/user/user.entity.js'
import { UserEntity } from '../../src/modules/people/user/user.entity.js'
import { DEMO_SCHOOL_YEAR, DEMO_TERM } from '../../src/seed/seedKontula.js'

export interface RushCity {
  /** Each family's guardian and their one child. */
  families: { userId: number; childId: number }[]
  /** Rounds of ten groups of 50 seats each: one round warms the processes up, the next is measured. */
  rounds: number[][]
}

/** Families (each their own account) and rounds of ten free-time groups to rush for. */
export async function seedRush(orm: Database, families: number, rounds: number): Promise<RushCity> {
  const em = orm.em.fork()
  const area = em.create(AreaEntity, { name: 'Rush' })
  const school = em.create(SchoolEntity, { name: 'Rush school', area })
  const schoolClass = em.create(SchoolClassEntity, { school, name: '3A', grade: 3, schoolYear: DEMO_SCHOOL_YEAR, lessons: [] })
  const club = em.create(ClubEntity, { name: 'Rush club' })
  const groups = Array.from({ length: rounds * 10 }, (_, i) =>
    em.create(HobbyGroupEntity, {
      club,
      school: null,
      name: `Rush ${i}`,
      activity: 'football',
      description: '',
      venue: 'Rush hall',
      capacity: 50,
      girlsReservedSeats: 0,
      girlsOnly: false,
      familyGroup: false,
      grades: [3],
      kind: 'free-time',
      term: DEMO_TERM,
      sessions: [{ day: 'sat', start: '10:00', end: '11:00' }],
      seatsTaken: 0,
    }),
  )
  const pairs = Array.from({ length: families }, (_, i) => {
    const guardian = em.create(UserEntity, newAccount({ email: `family${i}@rush.test`, name: `Family ${i}`, role: 'guardian' }))
    const child = em.create(ChildEntity, { firstName: `Child${i}`, lastName: 'Rush', gender: i % 2 ? 'girl' : 'boy', homeLanguages: ['fi'], schoolClass })
    child.guardians.add(guardian)
    return { guardian, child }
  })
  await em.flush()
  // Fresh tables have no statistics yet; a city's database has them (autovacuum), and plans differ without.
  await em.getConnection().execute('analyze')
  return {
    families: pairs.map(({ guardian, child }) => ({ userId: guardian.id, childId: child.id })),
    rounds: Array.from({ length: rounds }, (_, r) => groups.slice(r * 10, r * 10 + 10).map((group) => group.id)),
  }
}
