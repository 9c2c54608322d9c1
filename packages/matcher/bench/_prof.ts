import { compileInstance, runRounds, validateInstance } from '@mukana/matcher'
import { readFileSync } from 'node:fs'
const inst = validateInstance(JSON.parse(readFileSync('/tmp/finland.json', 'utf8')))
const c = compileInstance(inst)
const t = performance.now(); runRounds(c, 'deferred-acceptance'); console.log('da', (performance.now() - t).toFixed(0), (globalThis as any).P, (globalThis as any).A)
