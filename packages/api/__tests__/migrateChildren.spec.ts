/**
 * The migration to one child record, run on a database as the previous release (November 2026) left it:
 * fixtures/release-2026-11.json holds every row of a small database that release's own code made
 * (demo seed, answers, a published run with an accepted offer and attendance, survey codes, godchildren
 * with event enrolments and a free-spot subscription). Every row must come through.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, openDatabase, startApi, type Database, type DatabaseOptions } from '@mukana/api'
import { databaseKinds, type DatabaseKind } from './testApi'
import { freshDatabase, type TestDatabase } from './testDatabases'

const PREVIOUS_RELEASE = 'Migration20261123113220'
type Row = Record<string, unknown>
/** The part of knex this test uses (knex itself is not a dependency of ours). */
interface BatchInserter {
  batchInsert(table: string, rows: Row[], size: number): Promise<unknown>
  raw(sql: string): Promise<unknown>
}
const release = JSON.parse(readFileSync(new URL('./fixtures/release-2026-11.json', import.meta.url), 'utf8')) as Record<string, Row[]>

/** Parents before children, as the foreign keys ask. */
const LOAD_ORDER = [
  'area',
  'art_field',
  'institution',
  'school',
  'school_class',
  'club',
  'activity',
  'app_user',
  'hobby_group',
  'survey',
  'match_run',
  'pupil',
  'pupil_guardian',
  'survey_answer',
  'survey_code',
  'offer',
  'enrolment',
  'attendance',
  'class_activity',
  'cohort',
  'track',
  'godchild',
  'culture_event',
  'occurrence',
  'event_enrolment',
  'free_spot_subscription',
]
const TIMES = /(_at|deadline)$/
const FLAGS = new Set(['girls_only', 'family_group', 'present', 'consent'])

/** SQLite keeps times as milliseconds and flags as 0/1; PostgreSQL wants timestamps and booleans. */
function forPostgres(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      TIMES.test(column) && typeof value === 'number' ? new Date(value) : FLAGS.has(column) ? Boolean(value) : value,
    ]),
  )
}

describe.each(await databaseKinds())('the one-child migration on %s', (kind: DatabaseKind) => {
  let database: TestDatabase
  let options: DatabaseOptions
  let orm: Database

  beforeAll(async () => {
    database = await freshDatabase(kind, { empty: true })
    options = database.options
  })
  afterAll(async () => {
    await orm.close()
    await database.drop()
  })

  it('keeps every child, guardian, answer, offer, enrolment, code, ticket and subscription', async () => {
    const previous = await openDatabase({ ...options, migrate: false })
    await previous.migrator.up({ to: PREVIOUS_RELEASE })
    const knex = (previous.em.getConnection() as unknown as { getKnex(): BatchInserter }).getKnex()
    for (const table of LOAD_ORDER) {
      const rows = release[table] ?? []
      if (rows.length > 0) await knex.batchInsert(table, kind === 'postgresql' ? rows.map(forPostgres) : rows, 100)
      if (kind === 'postgresql' && rows.length > 0 && 'id' in rows[0]!)
        await knex.raw(`select setval(pg_get_serial_sequence('"${table}"', 'id'), ${Math.max(...rows.map((r) => Number(r.id)))})`)
    }
    await previous.close()

    orm = await openDatabase(options)
    expect(await orm.migrator.getPendingMigrations()).toEqual([])
    const db = orm.em.getConnection()
    const offset = Math.max(...release.pupil!.map((p) => Number(p.id)))
    const children = new Map<number, Row>((await db.execute('select * from child order by id')).map((c: Row) => [Number(c.id), c]))
    expect(children.size).toBe(release.pupil!.length + release.godchild!.length)
    const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value)
    for (const pupil of release.pupil!) {
      expect(children.get(Number(pupil.id)), `pupil ${pupil.id}`).toMatchObject({
        first_name: pupil.first_name,
        last_name: pupil.last_name,
        gender: pupil.gender,
        school_class_id: pupil.school_class_id,
      })
      expect(json(children.get(Number(pupil.id))!.home_languages)).toEqual([pupil.home_language])
    }
    for (const godchild of release.godchild!) {
      const child = children.get(Number(godchild.id) + offset)!
      expect(child, `godchild ${godchild.id}`).toMatchObject({
        first_name: godchild.first_name,
        birth_year: godchild.birth_year,
        district: godchild.district,
        track_id: godchild.track_id,
        school_class_id: null,
      })
      expect(json(child.field_ranking)).toEqual(json(godchild.field_ranking))
      expect(new Date(child.registered_at as string | number).getTime()).toBe(Number(godchild.registered_at))
    }
    const guardians = (await db.execute('select child_id, user_id from child_guardian')).map((g: Row) => `${g.child_id}:${g.user_id}`).sort()
    expect(guardians).toEqual(
      [
        ...release.pupil_guardian!.map((g) => `${g.pupil_id}:${g.user_id}`),
        ...release.godchild!.map((g) => `${Number(g.id) + offset}:${g.guardian_id}`),
      ].sort(),
    )
    for (const [table, column, shift] of [
      ['enrolment', 'pupil_id', 0],
      ['offer', 'pupil_id', 0],
      ['survey_answer', 'pupil_id', 0],
      ['survey_code', 'pupil_id', 0],
      ['event_enrolment', 'godchild_id', offset],
      ['free_spot_subscription', 'godchild_id', offset],
    ] as const) {
      const rows = await db.execute(`select id, child_id from ${table} order by id`)
      expect(
        rows.map((r: Row) => [Number(r.id), Number(r.child_id)]),
        table,
      ).toEqual(release[table]!.map((r) => [Number(r.id), Number(r[column]) + shift]))
    }
    expect(Number((await db.execute('select count(*) as n from attendance'))[0].n)).toBe(release.attendance!.length)
  })

  it('serves the migrated data: the family sees its pupils with their hobbies and its godchild with its tickets', async () => {
    const api = await startApi(orm, { port: 0, tokenSecret: randomBytes(32).toString('hex') })
    const gql = async (query: string, token?: string) =>
      (await (
        await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: Row; errors?: unknown }
    try {
      const login = await gql(`mutation { login(email: "guardian@mukana.test", password: "${DEMO_PASSWORD}") { token } }`)
      const token = (login.data.login as { token: string }).token
      const { data, errors } = await gql(
        '{ myChildren { firstName schoolClass { name } enrolments { status } } myGodchildren { firstName track { id } eventEnrolments { ticketCode } } }',
        token,
      )
      expect(errors).toBeUndefined()
      const children = data.myChildren as { firstName: string; schoolClass: { name: string } | null; enrolments: { status: string }[] }[]
      expect(children.filter((c) => c.schoolClass).length).toBeGreaterThanOrEqual(2) // the twins, and the pupil whose offer the family accepted
      expect(children.flatMap((c) => c.enrolments)).toEqual([{ status: 'ENROLLED' }])
      const godchildren = data.myGodchildren as { firstName: string; eventEnrolments: unknown[] }[]
      expect(godchildren.map((c) => c.firstName)).toEqual(['Helmi'])
      // A child registered after the migration gets a fresh id (the sequences continue after the moved rows).
      const added = await gql(
        'mutation { registerGodchild(input: { firstName: "Venla", birthYear: 2024, district: "Kontula", homeLanguages: ["fi"], fieldRanking: [] }) { id } }',
        token,
      )
      expect(added.errors).toBeUndefined()
      expect(Number((added.data.registerGodchild as { id: string }).id)).toBeGreaterThan(offset())
    } finally {
      await api.stop()
    }
  })

  function offset(): number {
    return Math.max(...release.pupil!.map((p) => Number(p.id))) + release.godchild!.length
  }
})
