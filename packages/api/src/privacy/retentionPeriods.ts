import { DEFAULT_RETENTION, type RetentionPeriods } from './PersonalData.js'

/** The periods, each from its environment variable MUKANA_RETAIN_<CLASS>_DAYS when set (a whole number of days). */
export function retentionPeriods(env: Record<string, string | undefined>): RetentionPeriods {
  const chosen = { ...DEFAULT_RETENTION }
  for (const key of Object.keys(chosen) as (keyof RetentionPeriods)[]) {
    const name = `MUKANA_RETAIN_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_DAYS`
    const value = env[name]
    if (value === undefined) continue
    if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number of days, got "${value}"`)
    chosen[key] = Number(value)
  }
  return chosen
}
