import type { EntityManager } from '@mikro-orm/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLoaders, MODULES } from '../src/modules/index'

describe('createLoaders', () => {
  afterEach(() => vi.restoreAllMocks())

  it('makes no module’s loaders until one is asked for, then every module’s once', () => {
    const made = MODULES.map((module) => vi.spyOn(module, 'createLoaders'))
    const loaders = createLoaders({} as EntityManager)
    expect(made.map((spy) => spy.mock.calls.length)).toEqual(MODULES.map(() => 0))
    const club = loaders.club
    expect(loaders.club).toBe(club)
    expect(loaders.hobbyGroup).toBe(loaders.hobbyGroup)
    expect(made.map((spy) => spy.mock.calls.length)).toEqual(MODULES.map(() => 1))
  })
})
