#!/usr/bin/env node
/**
 * The matcher's command line, started from one bundled file. Through tsx, Node spends 0.3–0.5 s loading
 * the TypeScript compiler and resolving the sources before it matches anything; the bundle starts in
 * about 0.1 s, which counts when a national file takes a few seconds. The bundle (dist/match.mjs, or
 * MUKANA_MATCH_BUNDLE) is built from bin/match.ts with esbuild whenever a source is newer than it, and
 * put in place by a rename, so that runs at the same moment never read half a file.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..')
const ENTRY = join(PACKAGE, 'bin', 'match.ts')
const BUNDLE = process.env.MUKANA_MATCH_BUNDLE || join(PACKAGE, 'dist', 'match.mjs')

/** The newest modification time among the command line's sources (bin/match.ts and src/). */
function newestSource() {
  let newest = statSync(ENTRY).mtimeMs
  for (const entry of readdirSync(join(PACKAGE, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function builtAt() {
  try {
    return statSync(BUNDLE).mtimeMs
  } catch {
    return -Infinity
  }
}

if (builtAt() < newestSource()) {
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
  mkdirSync(dirname(BUNDLE), { recursive: true })
  const part = `${BUNDLE}.${process.pid}.part`
  writeFileSync(part, outputFiles[0].contents)
  renameSync(part, BUNDLE)
}
await import(pathToFileURL(BUNDLE).href)
