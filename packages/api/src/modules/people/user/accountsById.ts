import type { EntityManager } from '@mikro-orm/core'
import type DataLoader from 'dataloader'
import { batchAcrossRequests } from '../../../db/batchAcrossRequests.js'
import { isPostgres } from '../../../db/isPostgres.js'
import { runSql } from '../../../db/runSql.js'
import { accountOf, type Account, type AccountRow } from './account.js'
import { UserEntity } from './user.entity.js'

/** Accounts by id, shared by a process's requests; null for an account that is not there (any more). */
export type Accounts = DataLoader<number, Account | null>

/**
 * Every signed-in request reads its account (a token outlives a role's change or an erasure): the
 * requests that come at once read theirs in one statement (db/batchAcrossRequests).
 */
export function accountsById(newEm: () => EntityManager): Accounts {
  return batchAcrossRequests(async (ids: readonly number[]) => {
    const em = newEm()
    const unique = [...new Set(ids)]
    const list = isPostgres(em) ? `{${unique.join(',')}}` : JSON.stringify(unique)
    const rows = await runSql<AccountRow[]>(em, accountsSql(em), [list], 'all', { prepared: true })
    const byId = new Map(rows.map((row) => [Number(row.id), row]))
    // An account of its own for each request (accountOf makes a new one).
    return ids.map((id) => {
      const row = byId.get(id)
      return row ? accountOf(row) : null
    })
  })
}

const texts = new Map<boolean, string>()

/** The accounts' select, naming their columns (a prepared `select *` fails once a migration adds one); one text for any number of ids. */
function accountsSql(em: EntityManager): string {
  const postgres = isPostgres(em)
  let text = texts.get(postgres)
  if (text) return text
  const columns = em
    .getMetadata()
    .get(UserEntity.meta.className)
    .props.flatMap((property) => property.fieldNames ?? [])
  const ids = postgres ? 'id = any(cast(? as integer[]))' : 'id in (select value from json_each(?))'
  texts.set(postgres, (text = `select ${columns.join(', ')} from app_user where ${ids}`))
  return text
}
