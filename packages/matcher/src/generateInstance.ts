import { formatClock } from './weeklyTime.js'
import { DAYS, INSTANCE_FORMAT, type Instance, type Offering, type Participant, type WeeklySpan } from './types.js'

export interface GenerateOptions {
  participants: number
  offerings: number
  /** How many offerings each participant ranks (at most). */
  choices: number
  seed: number
  maxPlacements?: number
  /** Share of pupils whose families report free-time windows (the rest can come any time). Default 0.25. */
  windowsShare?: number
  /** Schools; pupils go to one and rank mostly the groups around it. Default: one per ~15 offerings. */
  schools?: readonly string[]
}

/** Activities from the national pupil survey; weights say how often they are wished by girls and by boys. */
const ACTIVITIES: readonly [string, number, number][] = [
  ['riding', 9, 2],
  ['animal-club', 8, 2],
  ['cooking', 7, 3],
  ['visual-arts', 7, 3],
  ['dance', 8, 2],
  ['climbing', 6, 5],
  ['football', 3, 10],
  ['parkour', 3, 8],
  ['coding-club', 3, 8],
  ['fishing', 2, 6],
  ['bmx', 1, 6],
  ['swimming', 5, 5],
  ['floorball', 2, 6],
  ['music-band', 5, 4],
  ['circus', 5, 3],
  ['theatre', 5, 2],
  ['chess', 2, 4],
  ['gymnastics', 6, 2],
  ['basketball', 2, 5],
  ['nature-club', 4, 3],
]

/** A small, fast, seeded generator (a 32-bit xorshift-multiply mix); enough for synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = (seed ^ 0x6d2b79f5) >>> 0
  return () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return ((z ^ (z >>> 16)) >>> 0) / 0x100000000
  }
}

function pickWeighted(random: () => number, weights: readonly number[], total: number): number {
  let x = random() * total
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i
  return weights.length - 1
}

/**
 * A synthetic but realistic instance: pupils of grade 3 at schools, groups around the schools with
 * 12–16 seats and one or two weekly sessions after 13:00, girls' reserves on two groups in five, a few
 * girls-only groups, host-school priority, pupils who rank mostly groups of their own area with the
 * survey's gendered wishes, and a share of them with free-time windows. Deterministic in `seed`.
 */
export function generateInstance(options: GenerateOptions): Instance {
  const random = seededRandom(options.seed)
  const schoolCount = options.schools?.length ?? Math.max(1, Math.round(options.offerings / 15))
  const schoolName = (s: number): string => options.schools?.[s] ?? `school-${s + 1}`

  const offerings: Offering[] = []
  const bySchool: number[][] = Array.from({ length: schoolCount }, () => [])
  const activityOf: number[] = []
  for (let i = 0; i < options.offerings; i++) {
    const school = i % schoolCount
    const activity = Math.floor(random() * ACTIVITIES.length)
    const capacity = 12 + Math.floor(random() * 5)
    const day = Math.floor(random() * 5)
    const start = 13 * 60 + 30 + 15 * Math.floor(random() * 11)
    const length = random() < 0.5 ? 60 : 90
    const sessions: WeeklySpan[] = [{ day: DAYS[day], start: formatClock(start), end: formatClock(start + length) }]
    if (random() < 0.3) sessions.push({ day: DAYS[(day + 2) % 5], start: formatClock(start), end: formatClock(start + length) })
    const offering: Offering = { id: `o${i + 1}`, capacity, activity: ACTIVITIES[activity][0], grades: [3], sessions }
    offering.priorityTags = [`school:${schoolName(school)}`]
    const kind = random()
    if (kind < 0.05) offering.onlyTags = ['girl']
    else if (kind < 0.45) offering.reserved = [{ tag: 'girl', seats: Math.round(capacity * 0.4) }]
    offerings.push(offering)
    bySchool[school].push(i)
    activityOf.push(activity)
  }

  const participants: Participant[] = []
  for (let p = 0; p < options.participants; p++) {
    const school = Math.floor(random() * schoolCount)
    const girl = random() < 0.49
    const schoolEnds = random() < 0.5 ? 13 * 60 + 15 : 14 * 60 + 15
    let available: WeeklySpan[] | undefined
    if (random() < (options.windowsShare ?? 0.25)) {
      available = []
      for (let d = 0; d < 5; d++) if (random() < 0.9) available.push({ day: DAYS[d], start: formatClock(schoolEnds), end: '17:30' })
    }
    // Mostly the groups of the pupil's own school area, some of the neighbouring ones.
    const pool = [...new Set([...bySchool[school], ...bySchool[(school + 1) % schoolCount], ...bySchool[(school + schoolCount - 1) % schoolCount]])]
    const local = bySchool[school].length
    const weights = pool.map((o, i) => ACTIVITIES[activityOf[o]][girl ? 1 : 2] * (i < local ? 3 : 1))
    let total = weights.reduce((a, b) => a + b, 0)
    const ranking: string[] = []
    while (ranking.length < options.choices && total > 0) {
      const i = pickWeighted(random, weights, total)
      ranking.push(offerings[pool[i]].id)
      total -= weights[i]
      weights[i] = 0
    }
    const participant: Participant = { id: `p${p + 1}`, ranking, tags: [girl ? 'girl' : 'boy', `school:${schoolName(school)}`], grade: 3 }
    if (available) participant.available = available
    participants.push(participant)
  }
  const instance: Instance = { format: INSTANCE_FORMAT, seed: options.seed, reportTags: ['girl', 'boy'], offerings, participants }
  if (options.maxPlacements !== undefined) instance.maxPlacements = options.maxPlacements
  return instance
}
