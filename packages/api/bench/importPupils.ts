/**
 * Class-list import at a big school's scale: 1,000 rows (40 classes, two guardians each) imported
 * through the service on SQLite and, where it answers, PostgreSQL; then the same file again (nothing
 * changes) and a dry run. Then the same school's timetable: 40 classes of 25 lessons, 1,000 rows.
 * Prints the times.
 *
 *   pnpm --filter @mukana/api bench:import
 */
import 'reflect-metadata'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isReachable, openDatabase } from '@mukana/api'
import { AreaEntity } from '../src/modules/people/area/area.entity.js'
import { importLessons } from '../src/modules/people/classList/importLessons.js'
import { importPupils } from '../src/modules/people/classList/importPupils.js'
import { SchoolEntity } from '../src/modules/people/school/school.entity.js'
import { SchoolClassEntity } from '../src/modules/people/schoolClass/schoolClass.entity.js'
import { newAccount, UserEntity } from '../src/modules/people/user/user.entity.js'

const ROWS = 1_000
const POSTGRES_URL = process.env.MUKANA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const classes = Array.from({ length: 40 }, (_, i) => `${3 + Math.floor(i / 8)}${'ABCDEFGH'[i % 8]}`)
const csv = [
  'luokka;etunimi;sukunimi;sukupuoli;kotikieli;oppilastunniste;huoltaja 1 nimi;huoltaja 1 sähköposti;huoltaja 1 puhelin;huoltaja 2 nimi;huoltaja 2 sähköposti',
  ...Array.from({ length: ROWS }, (_, i) => {
    // Every fifth pupil has a sibling: the same guardians.
    const family = i - (i % 5 === 1 ? 1 : 0)
    return `${classes[i % classes.length]};Lapsi${i};Suku${family};${i % 2 ? 'tyttö' : 'poika'};${i % 7 ? 'fi' : 'so, fi'};KEY-${i};Huoltaja ${family};h${family}@example.fi;040 ${String(1_000_000 + family).slice(1)};Toinen ${family};t${family}@example.fi`
  }),
].join('\n')
const DAYS = ['ma', 'ti', 'ke', 'to', 'pe']
const timetable = [
  'luokka;päivä;alkaa;päättyy;aine',
  ...classes.flatMap((className) =>
    Array.from({ length: 25 }, (_, i) => `${className};${DAYS[i % 5]};${8 + Math.floor(i / 5)}.15;${9 + Math.floor(i / 5)}.00;Aine ${i}`),
  ),
].join('\n')

for (const kind of ['sqlite', ...((await isReachable(POSTGRES_URL)) ? ['postgresql'] : [])]) {
  const name = `bench_import_${randomBytes(4).toString('hex')}`
  const sqlitePath = join(tmpdir(), `${name}.sqlite`)
  const orm = await openDatabase(kind === 'postgresql' ? { databaseUrl: POSTGRES_URL, schema: name } : { sqlitePath })
  try {
    const em = orm.em.fork()
    const area = em.create(AreaEntity, { name: 'Bench' })
    const school = em.create(SchoolEntity, { name: 'Bench school', area, serviceMapId: null })
    for (const className of classes) em.create(SchoolClassEntity, { school, name: className, grade: 3, schoolYear: '2026-2027', lessons: [] })
    const admin = em.create(UserEntity, newAccount({ email: 'admin@bench.test', name: 'Admin', role: 'admin' }))
    await em.flush()
    const time = async (label: string, dryRun: boolean) => {
      const start = performance.now()
      const report = await importPupils(orm.em.fork(), admin, { schoolId: school.id, csv, dryRun })
      const ms = performance.now() - start
      console.log(
        `${kind.padEnd(10)} ${label.padEnd(30)} ${(ms / 1000).toFixed(2)} s  created ${report.created}, unchanged ${report.unchanged}, guardians ${report.guardiansCreated}, problems ${report.problems.length}`,
      )
    }
    await time(`dry run, ${ROWS} rows`, true)
    await time(`import, ${ROWS} rows`, false)
    await time('the same file again', false)
    for (const [label, dryRun] of [
      ['timetable dry run', true],
      ['timetable import', false],
      ['the same timetable', false],
    ] as const) {
      const start = performance.now()
      const report = await importLessons(orm.em.fork(), admin, { schoolId: school.id, csv: timetable, dryRun })
      const ms = performance.now() - start
      console.log(
        `${kind.padEnd(10)} ${`${label}, ${report.rows} rows`.padEnd(30)} ${(ms / 1000).toFixed(2)} s  classes updated ${report.classesUpdated}, unchanged ${report.classesUnchanged}, problems ${report.problems.length}`,
      )
    }
  } finally {
    if (kind === 'postgresql') await orm.em.getConnection().execute(`drop schema if exists "${name}" cascade`)
    await orm.close()
    rmSync(sqlitePath, { force: true })
  }
}
