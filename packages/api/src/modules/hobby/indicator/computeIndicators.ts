import type { EntityManager } from '@mikro-orm/core'
import { MatchRunEntity } from '../matchRun/matchRun.entity.js'
import { findCoordinatedSurvey } from '../survey/survey.service.js'
import { surveyOutcomes, type SurveyPupil } from './surveyOutcomes.js'
import { runSql } from '../../../db/runSql.js'
import { groupBy } from '../../../graphql/groupBy.js'
import type { Survey } from '../survey/survey.entity.js'
import { TARGET_TAGS, TARGETS, targetingOf, type Target } from '../survey/targeting.js'
import type { Account } from '../../people/index.js'

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
  /** Whether a run is published: until then nothing below from a run may claim anything. */
  runPublished: boolean
  familiesTakingPart: number
  /** From the published run, when there is one. */
  firstChoiceShare: number | null
  top3Share: number | null
  unplacedByReason: { reason: string; count: number }[]
  demand: { activity: string; firstChoice: number; applicants: number; seats: number }[]
  planning: { kind: string; activity: string; wouldPlace: number; interested: number }[]
  targets: { target: Target; reserved: boolean; pupils: number; enrolled: number; enrolledShare: number | null; placedShare: number | null }[]
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

function row(label: string, pupils: SurveyPupil[], answered: Set<number>, enrolled: Set<number>, regular: Set<number>): IndicatorRow {
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

/** The pupils grouped by a label, the labels in Finnish alphabetical order. */
function byLabel(pupils: SurveyPupil[], label: (p: SurveyPupil) => string): [string, SurveyPupil[]][] {
  return [...groupBy(pupils, label)].sort(([a], [b]) => a.localeCompare(b, 'fi'))
}

/** Each target group: its pupils, how many have a hobby, and the share the published run placed. */
async function targetIndicators(
  em: EntityManager,
  survey: Survey,
  pupils: SurveyPupil[],
  enrolled: Set<number>,
  byTag: Record<string, { share: number | null }> | undefined,
): Promise<Indicators['targets']> {
  const targeting = targetingOf(survey)
  const noHobby = new Set(
    (await runSql<{ child_id: number }[]>(em, 'select child_id from survey_answer where survey_id = ? and not regular_hobby', [survey.id])).map((a) =>
      Number(a.child_id),
    ),
  )
  const members: Record<Target, (pupil: SurveyPupil) => boolean> = {
    girls: (pupil) => pupil.gender === 'girl',
    noRegularHobby: (pupil) => noHobby.has(pupil.id),
    targetedArea: (pupil) => pupil.district !== null && targeting.districts.includes(pupil.district),
  }
  return TARGETS.map((target) => {
    const of = pupils.filter(members[target])
    const withHobby = of.filter((pupil) => enrolled.has(pupil.id)).length
    return {
      target,
      reserved: targeting.reserves.some((reserve) => reserve.target === target),
      pupils: of.length,
      enrolled: withHobby,
      enrolledShare: share(withHobby, of.length),
      placedShare: byTag?.[TARGET_TAGS[target]]?.share ?? null,
    }
  })
}

/**
 * What a coordinator follows for a survey's pupils (its area and grade): who answered, who has a
 * hobby (an enrolment in one of the term's groups), whose hobby became regular (attendance), girls
 * against boys, by school and class; and from the published run the choice shares, why pupils were
 * left out, demand against seats per activity, and what to open next.
 */
export async function computeIndicators(em: EntityManager, user: Account, surveyId: number): Promise<Indicators> {
  const survey = await findCoordinatedSurvey(em, user, surveyId)
  const { pupils, answered, enrolled, regular, withFamily } = await surveyOutcomes(em, survey)

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
    schools: byLabel(pupils, (p) => p.schoolClass.school.name).map(([label, of]) => row(label, of, answered, enrolled, regular)),
    classes: byLabel(pupils, (p) => `${p.schoolClass.school.name} ${p.schoolClass.name}`).map(([label, of]) => row(label, of, answered, enrolled, regular)),
    runPublished: Boolean(result),
    familiesTakingPart: withFamily.size,
    firstChoiceShare: result?.summary.firstChoiceShare ?? null,
    top3Share: result?.summary.top3Share ?? null,
    unplacedByReason: Object.entries(result?.summary.unplacedByReason ?? {}).map(([reason, count]) => ({ reason, count })),
    demand: [...demand.values()].sort((a, b) => b.firstChoice / Math.max(1, b.seats) - a.firstChoice / Math.max(1, a.seats)),
    planning: (result?.planning ?? []).map(({ kind, activity, wouldPlace, interested }) => ({ kind, activity, wouldPlace, interested })),
    targets: await targetIndicators(em, survey, pupils, enrolled, result?.summary.byTag),
  }
}
