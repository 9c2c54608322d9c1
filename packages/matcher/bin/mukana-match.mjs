#!/usr/bin/env node
/**
 * The matcher's command line, started from one bundled file. Through tsx, Node spends 0.3–0.5 s loading
 * the TypeScript compiler and resolving the sources before it matches anything; the bundle starts in
 * about 0.1 s, which counts when a national file takes a few seconds. The bundle (dist/match.mjs, or
 * MUKANA_MATCH_BUNDLE) is built from bin/match.ts with esbuild whenever a source is newer than it, and
 * put in place by a rename, so that runs at the same moment never read half a file. Where it cannot be
 * written (a read-only checkout or installation), it is kept in the system's temporary folder instead,
 * under a name of its own for each checkout.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..')
const ENTRY = join(PACKAGE, 'bin', 'match.ts')
const BUNDLE = process.env.MUKANA_MATCH_BUNDLE || join(PACKAGE, 'dist', 'match.mjs')
const SPARE = join(tmpdir(), `mukana-match-${createHash('sha256').update(BUNDLE).digest('hex').slice(0, 16)}.mjs`)

/** The newest modification time among the command line's sources (the TypeScript in bin/, and src/). */
function newestSource() {
  let newest = -Infinity
  for (const folder of ['bin', 'src']) {
    for (const entry of readdirSync(join(PACKAGE, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
    }
  }
  return newest
}

function builtAt(path) {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -Infinity
  }
}

/** Writes the bundle's bytes to `path` through a rename; false when that place cannot be written. */
function put(path, contents) {
  const part = `${path}.${process.pid}.part`
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(part, contents)
    renameSync(part, path)
    return true
  } catch {
    return false
  }
}

/** The path of a bundle as new as the sources, built when there is none. */
async function freshBundle() {
  const newest = newestSource()
  if (builtAt(BUNDLE) >= newest) return BUNDLE
  if (builtAt(SPARE) >= newest) return SPARE
  const { build } = await import('esbuild')
  const { outputFiles } = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
  })
  if (put(BUNDLE, outputFiles[0].contents)) return BUNDLE
  if (put(SPARE, outputFiles[0].contents)) return SPARE
  throw new Error(`mukana-match: cannot write the command line's bundle to ${BUNDLE} nor to ${SPARE}`)
}

await import(pathToFileURL(await freshBundle()).href)
