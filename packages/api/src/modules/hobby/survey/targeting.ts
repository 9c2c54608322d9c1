import type { Reserve } from '@mukana/matcher'
import { fieldIssue, type FieldIssue } from '../../../graphql/fieldIssue.js'
import { INPUT_LIMITS } from '../../../graphql/inputLimits.js'
import { HELSINKI_DISTRICTS } from '../../people/index.js'

/**
 * Terminology
 * - target: a group of pupils the city wants to reach: girls, pupils without a regular hobby (they say
 *   so in the survey), and pupils living in the areas the city targets.
 * - targeting policy: a survey's reserves, in order, each a share of every group's seats held for one
 *   target; and the targeted areas. The policy becomes tags on pupils and reserves on groups in the
 *   matcher's instance, so the matcher's explanation says which reserve placed a pupil.
 */
export const TARGETS = ['girls', 'noRegularHobby', 'targetedArea'] as const
export type Target = (typeof TARGETS)[number]

/** Each target's tag in the matcher's instance. */
export const TARGET_TAGS: Record<Target, string> = { girls: 'girl', noRegularHobby: 'no-regular-hobby', targetedArea: 'targeted-area' }

export const targetOfTag = (tag: string): Target | null => TARGETS.find((target) => TARGET_TAGS[target] === tag) ?? null

/**
 * The programme's areas (Mellunmäki, Kontula, Meri-Rastila, Malmi, Kannelmäki, Malminkartano) as the
 * home districts children are registered with: Mellunkylä holds Mellunmäki, Vuosaari Meri-Rastila, and
 * Kaarela Kannelmäki and Malminkartano.
 */
export const PROGRAMME_DISTRICTS = ['Kontula', 'Mellunkylä', 'Vuosaari', 'Malmi', 'Kaarela']

/** The most of a group's seats one reserve may hold (the rest stay open to everybody). */
export const MAX_SHARE = INPUT_LIMITS.reserveShare.max

export interface TargetReserve {
  target: Target
  /** Percent of each group's seats held for the target (0: only what the club itself reserved, for girls). */
  share: number
}

export interface Targeting {
  reserves: TargetReserve[]
  /** Home districts whose pupils carry the targeted-area tag. */
  districts: string[]
}

/** A new survey's policy: the clubs' own seats for girls, as before policies existed, and the programme's areas. */
export const DEFAULT_TARGETING: Targeting = { reserves: [{ target: 'girls', share: 0 }], districts: PROGRAMME_DISTRICTS }

/** A survey's policy: its own, or the default for a survey that never set one. */
export function targetingOf(survey: { targeting: Targeting | null }): Targeting {
  return survey.targeting ?? DEFAULT_TARGETING
}

/** What is wrong with a policy, field by field. */
export function checkTargeting(targeting: Targeting): FieldIssue[] {
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  targeting.reserves.forEach((reserve, i) => {
    if (!TARGETS.includes(reserve.target)) issues.push(fieldIssue(`reserves[${i}].target`, 'one_of', { values: TARGETS.join(', '), got: reserve.target }))
    if (seen.has(reserve.target)) issues.push(fieldIssue(`reserves[${i}].target`, 'duplicate', { got: reserve.target }))
    seen.add(reserve.target)
    if (!(Number.isInteger(reserve.share) && reserve.share >= 0 && reserve.share <= MAX_SHARE))
      issues.push(fieldIssue(`reserves[${i}].share`, 'range', { min: 0, max: MAX_SHARE, got: reserve.share }))
  })
  const total = targeting.reserves.reduce((sum, r) => sum + (Number.isFinite(r.share) ? r.share : 0), 0)
  if (total > 100) issues.push(fieldIssue('reserves', 'total', { max: 100, got: total }))
  targeting.districts.forEach((district, i) => {
    if (!(HELSINKI_DISTRICTS as readonly string[]).includes(district)) issues.push(fieldIssue(`districts[${i}]`, 'unknown', { got: district }))
  })
  return issues
}

/**
 * A group's reserves under the policy, in the policy's order: each target's share of the seats
 * (rounded down), and for girls at least what the club itself reserved. The shares together hold no
 * more than the club allows (`mostTargetedShare`), beside the club's own seats for girls, and never
 * more than the seats there are; a girls-only group needs no reserve for girls.
 */
export function reservesOf(
  group: { girlsReservedSeats: number; girlsOnly: boolean; club: { mostTargetedShare: number } },
  capacity: number,
  targeting: Targeting,
): Reserve[] {
  const reserves: Reserve[] = []
  let left = capacity
  let allowed = Math.floor((capacity * group.club.mostTargetedShare) / 100)
  for (const { target, share } of targeting.reserves) {
    if (target === 'girls' && group.girlsOnly) continue
    const own = target === 'girls' ? group.girlsReservedSeats : 0
    const byPolicy = Math.min(Math.floor((capacity * share) / 100), allowed)
    const seats = Math.min(Math.max(byPolicy, own), left)
    if (seats <= 0) continue
    reserves.push({ tag: TARGET_TAGS[target], seats })
    left -= seats
    allowed -= Math.max(seats - own, 0)
  }
  return reserves
}

/** The target tags a pupil carries under the policy (girls are tagged by gender in any case). */
export function targetTags(pupil: { gender: string; district: string | null }, regularHobby: boolean | null, targeting: Targeting): string[] {
  const tags: string[] = []
  if (regularHobby === false) tags.push(TARGET_TAGS.noRegularHobby)
  if (pupil.district && targeting.districts.includes(pupil.district)) tags.push(TARGET_TAGS.targetedArea)
  return tags
}

/** The tags the matcher's report follows: every target of the policy, and boys beside girls. */
export function reportTagsOf(targeting: Targeting): string[] {
  return [...new Set(['girl', 'boy', ...targeting.reserves.map((r) => TARGET_TAGS[r.target])])]
}
