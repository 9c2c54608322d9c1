/**
 * The JavaScript the first page (the login page) loads, as built in dist/: the entry script and the
 * chunks index.html preloads, each gzipped. `pnpm --filter @mukana/web size` prints it with every chunk.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BuiltSize {
  firstPage: { file: string; bytes: number; gzipped: number }[]
  firstPageGzipped: number
  all: { file: string; bytes: number; gzipped: number }[]
}

export function firstPageSize(dist: string): BuiltSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const loaded = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const measure = (file: string) => {
    const content = readFileSync(join(dist, file))
    return { file, bytes: content.length, gzipped: gzipSync(content, { level: 9 }).length }
  }
  const firstPage = loaded.map(measure)
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => measure(`assets/${f}`))
    .sort((a, b) => b.gzipped - a.gzipped)
  return { firstPage, firstPageGzipped: firstPage.reduce((sum, f) => sum + f.gzipped, 0), all }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = firstPageSize(join(import.meta.dirname, '..', 'dist'))
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
  console.log(`first page: ${kb(size.firstPageGzipped)} of JavaScript, gzipped (${size.firstPage.map((f) => `${f.file} ${kb(f.gzipped)}`).join(', ')})`)
  for (const f of size.all) console.log(`  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzipped).padStart(8)}`)
}
