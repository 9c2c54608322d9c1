import { AreaEntity } from '../modules/people/area/area.entity.js'
import { UserEntity } from '../modules/people/user/user.entity.js'
import { openDatabase, type Database } from '../db/openDatabase.js'
import { seedKontula } from '../seed/seedKontula.js'
import { seedGodchildren } from '../seed/seedCulture.js'
import type { Settings } from '../settings.js'

/**
 * Opens the database and brings it up to date: the migrations, and in the demo the demo data on an
 * empty database. Done once, by the first process, before any other serves.
 */
export async function prepareDatabase(settings: Settings, databaseUrl: string | undefined, sqlitePath: string): Promise<Database> {
  const orm = await openDatabase({ databaseUrl, sqlitePath, pool: settings.databasePool })
  if (settings.demo && (await orm.em.fork().count(AreaEntity)) === 0) {
    await seedKontula(orm.em.fork())
    await seedGodchildren(orm.em.fork(), 300)
    console.log('mukana: filled the database with the demo data (Kontula hobbies; culture godchildren 2020–2026)')
  }
  if (!settings.demo && (await orm.em.fork().count(UserEntity, { role: 'admin' })) === 0) {
    console.log('mukana: no administrator yet: make the first with `pnpm -s admin create-admin --email <address>`')
  }
  return orm
}
