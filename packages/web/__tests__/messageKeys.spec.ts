import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../src/i18n/en'
import { fi } from '../src/i18n/fi'
import { sv } from '../src/i18n/sv'

const SRC = join(import.meta.dirname, '..', 'src')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('generated.ts') ? [path] : []
  })
}

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages)
}

/** Every key the pages ask for with a literal, `t('guardian.title')`, `:key="'…'"` in notices, `{ key: '…' }`. */
const KEY = /\bt\(\s*'([a-zA-Z0-9_.-]+)'|\bkey: '([a-zA-Z0-9_-]+\.[a-zA-Z0-9_.-]+)'/g

describe('message keys', () => {
  const used = new Map<string, string>()
  for (const file of sources(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY)) used.set(match[1] ?? match[2]!, file.slice(SRC.length + 1))
  }

  it('finds the keys the pages use', () => {
    expect(used.size).toBeGreaterThan(100)
  })

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('has a %s message for every key a page uses', (_, messages) => {
    const missing = [...used].filter(([key]) => typeof lookup(messages, key) !== 'string').map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })
})
