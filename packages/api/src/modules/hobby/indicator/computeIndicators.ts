import type { EntityManager } from '@mikro-orm/core'
import { MatchRunEntity } from '../matchRun/matchRun.entity.js'
import { findCoordinatedSurvey } from '../survey/survey.service.js'
import { surveyOutcomes } from './surveyOutcomes.js'
import type { Child, Pupil, User } from '../../people/index.js'

export interface IndicatorRow {
  label: string
  pupils: number
  answered: number
  enrolled: number
  regular: number
  girlsEnrolledShare: number | null
  boysEnrolledShare: number | null
}

export interface Indicators {
  total: IndicatorRow
  schools: IndicatorRow[]
  classes: IndicatorRow[]
  /** From the published run, when there is one. */
  firstChoiceShare: number | null
  top3Share: number | null
  unplacedByReason: { reason: string; count: number }[]
  demand: { activity: string; firstChoice: number; applicants: number; seats: number }[]
  planning: { kind: string; activity: string; wouldPlace: number; interested: number }[]
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

function row(label: string, pupils: Child[], answered: Set<number>, enrolled: Set<number>, regular: Set<number>): IndicatorRow {
  const girls = pupils.filter((p) => p.gender === 'girl')
  const boys = pupils.filter((p) => p.gender === 'boy')
  const count = (set: Set<number>, of = pupils) => of.filter((p) => set.has(p.id)).length
  return {
    label,
    pupils: pupils.length,
    answered: count(answered),
    enrolled: count(enrolled),
    regular: count(regular),
    girlsEnrolledShare: share(count(enrolled, girls), girls.length),
    boysEnrolledShare: share(count(enrolled, boys), boys.length),
  }
}

function groupBy(pupils: Pupil[], key: (p: Pupil) => string): [string, Pupil[]][] {
  const groups = new Map<string, Pupil[]>()
  for (const pupil of pupils) groups.set(key(pupil), [...(groups.get(key(pupil)) ?? []), pupil])
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'fi'))
}

/**
 * What a coordinator follows for a survey's pupils (its area and grade): who answered, who has a
 * hobby (an enrolment in one of the term's groups), whose hobby became regular (attendance), girls
 * against boys, by school and class; and from the published run the choice shares, why pupils were
 * left out, demand against seats per activity, and what to open next.
 */
export async function computeIndicators(em: EntityManager, user: User, surveyId: number): Promise<Indicators> {
  const survey = await findCoordinatedSurvey(em, user, surveyId)
  const { pupils, answered, enrolled, regular } = await surveyOutcomes(em, survey)

  const run = survey.publishedRunId ? await em.findOne(MatchRunEntity, { id: survey.publishedRunId }, { populate: ['result'] }) : null
  const result = run?.result
  const demand = new Map<string, { activity: string; firstChoice: number; applicants: number; seats: number }>()
  for (const offering of result?.offerings ?? []) {
    const entry = demand.get(offering.activity) ?? { activity: offering.activity, firstChoice: 0, applicants: 0, seats: 0 }
    entry.firstChoice += offering.firstChoice
    entry.applicants += offering.applicants
    entry.seats += offering.capacity
    demand.set(offering.activity, entry)
  }
  return {
    total: row('total', pupils, answered, enrolled, regular),
    schools: groupBy(pupils, (p) => p.schoolClass.school.name).map(([label, of]) => row(label, of, answered, enrolled, regular)),
    classes: groupBy(pupils, (p) => `${p.schoolClass.school.name} ${p.schoolClass.name}`).map(([label, of]) => row(label, of, answered, enrolled, regular)),
    firstChoiceShare: result?.summary.firstChoiceShare ?? null,
    top3Share: result?.summary.top3Share ?? null,
    unplacedByReason: Object.entries(result?.summary.unplacedByReason ?? {}).map(([reason, count]) => ({ reason, count })),
    demand: [...demand.values()].sort((a, b) => b.firstChoice / Math.max(1, b.seats) - a.firstChoice / Math.max(1, a.seats)),
    planning: (result?.planning ?? []).map(({ kind, activity, wouldPlace, interested }) => ({ kind, activity, wouldPlace, interested })),
  }
}
