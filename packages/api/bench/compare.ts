/**
 * The enrolment rush on two checkouts side by side (bench/rush/compareRush.ts): for telling whether a
 * change made the service cheaper when the machine's drift hides it from the rush's own figures.
 *
 *   pnpm --filter @mukana/api bench:compare <checkout A> <checkout B> [pairs, default 16]
 *   (BENCH_PIN=off: the services and the load unpinned; BENCH_NODE_A, BENCH_NODE_B: the Node binary
 *   each side's service runs on, default this one's, e.g. one checkout on two Node versions)
 *
 * Each checkout is a clone's root with its dependencies installed (`git worktree add /tmp/before main`,
 * then `pnpm install` there). Needs PostgreSQL, as the rush does. The databases are made and seeded
 * by this checkout's code: compare checkouts whose schema is the same.
 */
import 'reflect-metadata'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isReachable } from '@mukana/api'
import { compareRush } from './rush/compareRush.js'

const POSTGRES_URL = process.env.MUKANA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const [a, b, pairs = '16'] = process.argv.slice(2)
if (!a || !b) throw new Error('usage: bench:compare <checkout A> <checkout B> [pairs]')
const apiRoots = [a, b].map((checkout) => join(resolve(checkout), 'packages/api')) as [string, string]
for (const root of apiRoots) if (!existsSync(join(root, 'node_modules'))) throw new Error(`${root} has no node_modules: run pnpm install in its checkout`)
if (!(await isReachable(POSTGRES_URL))) throw new Error(`PostgreSQL does not answer at ${POSTGRES_URL}`)
const nodes: [string?, string?] = [process.env.BENCH_NODE_A || undefined, process.env.BENCH_NODE_B || undefined]
for (const line of await compareRush(POSTGRES_URL, apiRoots, Number(pairs), nodes)) console.log(line)
