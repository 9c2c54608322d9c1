import { createRequire } from 'node:module'

/**
 * A connection runs one query at a time. Asked for a second while one runs (a transaction's queries
 * under Promise.all), pg 8 queues it and warns once per process that pg 9 will refuse; the tests refuse
 * now, naming the caller, so that the mistake cannot hide behind the first warning.
 */
const requireFromOrm = createRequire(createRequire(import.meta.url).resolve('@mikro-orm/postgresql'))
const { Client } = requireFromOrm('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } }

interface Busy {
  _activeQuery: unknown
  _queryQueue: unknown[]
}

const query = Client.prototype.query
if (!(query as { guarded?: boolean }).guarded) {
  const guarded = function (this: Busy, ...args: unknown[]): unknown {
    if (this._activeQuery || this._queryQueue.length > 0)
      throw new Error('a query was sent on a connection that is still running another: run them one after another')
    return query.apply(this, args)
  }
  Object.assign(guarded, { guarded: true })
  Client.prototype.query = guarded
}
