import type { EntityManager, EntitySchema } from '@mikro-orm/core'
import { updateTable, updateTableReturning } from '../../db/updateTable.js'

/**
 * Seats: whatever has a `capacity` and counts its `seatsTaken` (a hobby group, a culture track, an
 * event occurrence). Seats are taken and given back only here.
 *
 * Why one conditional UPDATE: counting and then inserting lets simultaneous requests all see the last
 * free seat (the city's earlier systems overbooked that way). Here the database itself checks the row's
 * own `capacity` while it adds to `seats_taken`, under the row lock the UPDATE takes, so however many
 * requests race, the count never passes the capacity, also when the capacity is lowered meanwhile. The
 * caller's transaction keeps the seat and its enrolment together: if the rest fails, the seat comes back.
 */
export interface SeatHolder {
  id: number
  capacity: number
  seatsTaken: number
}

/**
 * Which of a row's seats: its own (`capacity`, `seats_taken`), or another pool of it, as a hobby group's
 * places for the adults of a family group (`adult_places`, `adults_taken`). Column names, never input.
 */
export interface SeatPool {
  capacity: string
  taken: string
}
export const SEATS: SeatPool = { capacity: 'capacity', taken: 'seats_taken' }

/** Takes `count` seats at once if that many are free; whether they were taken. */
export async function takeSeats<T extends SeatHolder>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  count = 1,
  pool: SeatPool = SEATS,
): Promise<boolean> {
  return (await takeSeatsOfMany(tx, entity, new Map([[id, count]]), pool)).length === 0
}

/** Rows per statement of takeSeatsOfMany: five parameters each, well under both databases' limits. */
const MOST_ROWS = 1000

/**
 * Takes seats of many rows (`counts`: id → how many), each row's seats only if all of them are free, in
 * one conditional statement per thousand rows instead of one per row (a published run takes seats in hundreds of
 * groups). Returns the ids whose seats were not all free: their seats were not taken; the caller's
 * transaction decides what becomes of those that were.
 */
export async function takeSeatsOfMany<T extends SeatHolder>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  counts: ReadonlyMap<number, number>,
  pool: SeatPool = SEATS,
): Promise<number[]> {
  const { taken } = pool
  const wanted = [...counts]
  for (const [, count] of wanted) assertCount(count)
  const short: number[] = []
  for (let start = 0; start < wanted.length; start += MOST_ROWS) {
    const chunk = wanted.slice(start, start + MOST_ROWS)
    const added = `case id ${chunk.map(() => 'when ? then cast(? as integer)').join(' ')} end`
    const pairs = chunk.flat()
    const ids = chunk.map(([id]) => id)
    const rows = await updateTableReturning(
      tx,
      entity,
      `set ${taken} = ${taken} + ${added} where id in (${ids.map(() => '?').join(', ')}) and ${seatsFree(pool, added)}`,
      [...pairs, ...ids, ...pairs],
    )
    const done = new Set(rows.map((row) => Number(row.id)))
    short.push(...ids.filter((id) => !done.has(id)))
  }
  return short
}

/**
 * The seat rule as an SQL condition on a row: `count` (an SQL expression) more seats of the pool fit
 * its capacity. For a statement that must check it itself (the enrolment's one PostgreSQL statement).
 */
export function seatsFree(pool: SeatPool, count: string): string {
  return `${pool.taken} + ${count} <= ${pool.capacity}`
}

/** Gives `count` seats back (never below none taken). */
export async function releaseSeats<T extends SeatHolder>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  count = 1,
  pool: SeatPool = SEATS,
): Promise<void> {
  assertCount(count)
  const { taken } = pool
  await updateTable(tx, entity, `set ${taken} = case when ${taken} > ? then ${taken} - ? else 0 end where id = ?`, [count, count, id])
}

/** Sets a new capacity unless more seats are taken already; whether it was set. */
export async function setCapacity<T extends SeatHolder>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  capacity: number,
  pool: SeatPool = SEATS,
): Promise<boolean> {
  return (await updateTable(tx, entity, `set ${pool.capacity} = ? where id = ? and ${pool.taken} <= ?`, [capacity, id, capacity])) > 0
}

/** Seats still free, as last read. */
export function seatsLeft(holder: Pick<SeatHolder, 'capacity' | 'seatsTaken'>): number {
  return Math.max(0, holder.capacity - holder.seatsTaken)
}

function assertCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`seats: a count of seats must be a whole number ≥ 1, got ${count}`)
}
