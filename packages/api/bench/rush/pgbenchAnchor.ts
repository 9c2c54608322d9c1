import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Database } from '@mukana/api'

/**
 * What the database itself does with the enrolment's SQL: pgbench, 50 clients, each transaction one
 * conditional seat update on one of ten hot groups and one enrolment insert, on copies of the real
 * `hobby_group` and `enrolment` tables (their columns and indexes, without foreign keys; the groups have
 * seats enough that every transaction takes one). Transactions per second, or null without pgbench.
 */
export async function pgbenchAnchor(orm: Database, databaseUrl: string, groupIds: number[], seconds = 10): Promise<number | null> {
  const sql = orm.em.getConnection()
  await sql.execute('drop schema if exists anchor cascade')
  await sql.execute('create schema anchor')
  await sql.execute('create table anchor.hobby_group (like public.hobby_group including all)')
  await sql.execute('create table anchor.enrolment (like public.enrolment including all)')
  await sql.execute('create sequence anchor.child')
  await sql.execute(`insert into anchor.hobby_group select * from public.hobby_group where id in (${groupIds.map(Number).join(', ')})`)
  await sql.execute('update anchor.hobby_group set capacity = 1000000000')
  const script = join(tmpdir(), `mukana-anchor-${process.pid}.sql`)
  writeFileSync(
    script,
    `\\set g random(${Math.min(...groupIds)}, ${Math.max(...groupIds)})
BEGIN;
UPDATE anchor.hobby_group SET seats_taken = seats_taken + 1 WHERE id = :g AND seats_taken + 1 <= capacity;
INSERT INTO anchor.enrolment (child_id, group_id, status, created_at) VALUES (nextval('anchor.child'), :g, 'enrolled', now());
END;
`,
  )
  try {
    const { stdout } = await promisify(execFile)('pgbench', ['-n', '-M', 'prepared', '-c', '50', '-j', '2', '-T', String(seconds), '-f', script, databaseUrl])
    const tps = /tps = ([\d.]+)/.exec(stdout)
    return tps ? Number(tps[1]) : null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
