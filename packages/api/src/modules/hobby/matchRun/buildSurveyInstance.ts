import { formatClock, INSTANCE_FORMAT, parseClock, type Instance, type Offering, type Participant, type WeeklySpan } from '@mukana/matcher'
import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { seatsLeft } from '../../seats/index.js'
import type { SchoolClass } from '../../people/index.js'
import type { AnswerToMatch } from './answersToMatch.js'
import { DEFAULT_TARGETING, reportTagsOf, reservesOf, targetTags, type Targeting } from '../survey/targeting.js'

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const
const DAY_ENDS = '18:00'

/** When a class is free after school: from its last lesson of each weekday to 18:00, and weekends 9–18. */
export function afterSchoolWindows(schoolClass: Pick<SchoolClass, 'lessons'>): WeeklySpan[] {
  const windows: WeeklySpan[] = WEEKDAYS.map((day) => {
    const ends = schoolClass.lessons.filter((lesson) => lesson.day === day).map((lesson) => parseClock(lesson.end) as number)
    return { day, start: formatClock(ends.length > 0 ? Math.max(...ends) : 8 * 60), end: DAY_ENDS }
  })
  return [...windows, { day: 'sat', start: '09:00', end: DAY_ENDS }, { day: 'sun', start: '09:00', end: DAY_ENDS }]
}

function offeringOf(group: HobbyGroup, targeting: Targeting): Offering {
  const capacity = seatsLeft(group)
  const offering: Offering = { id: String(group.id), capacity, activity: group.activity, sessions: group.sessions }
  const reserved = reservesOf(group, capacity, targeting)
  if (reserved.length > 0) offering.reserved = reserved
  if (group.girlsOnly) offering.onlyTags = ['girl']
  // Pupils of the school a group meets at come first: it is their afternoon, on their own doorstep.
  if (group.school) offering.priorityTags = [`school:${group.school.id}`]
  if (group.grades.length > 0) offering.grades = group.grades
  return offering
}

function participantOf(answer: AnswerToMatch, offered: ReadonlySet<number>, schoolDay: ReadonlyMap<number, WeeklySpan[]>, targeting: Targeting): Participant {
  const pupil = answer.child
  const free = answer.freeWindows ?? afterSchoolWindows(pupil.schoolClass)
  return {
    id: String(pupil.id),
    // A group withdrawn from the catalogue after the answer is simply not ranked any more.
    ranking: answer.ranking.filter((id) => offered.has(id)).map(String),
    tags: [pupil.gender, `school:${pupil.schoolClass.school.id}`, ...targetTags(pupil, answer.regularHobby ?? null, targeting)],
    grade: pupil.schoolClass.grade,
    // School-day groups the teacher placed into the class's timetable fit too.
    available: [...free, ...(schoolDay.get(pupil.schoolClass.id) ?? [])],
  }
}

/**
 * The matcher's instance for a survey: its offered groups with the seats still free, and the answers
 * given with consent (answersToMatch). The survey's targeting policy becomes
 * reserves on the groups (in the policy's order) and tags on the pupils it targets. `schoolDay` has, per
 * class id, the sessions of the school-day groups placed into its timetable.
 */
export function buildSurveyInstance(
  groups: HobbyGroup[],
  answers: AnswerToMatch[],
  schoolDay: ReadonlyMap<number, WeeklySpan[]>,
  seed: number,
  maxPlacements: number,
  targeting: Targeting = DEFAULT_TARGETING,
): Instance {
  const offered = new Set(groups.map((group) => group.id))
  return {
    format: INSTANCE_FORMAT,
    seed,
    maxPlacements,
    reportTags: reportTagsOf(targeting),
    offerings: groups.map((group) => offeringOf(group, targeting)),
    participants: answers.filter((answer) => answer.consent).map((answer) => participantOf(answer, offered, schoolDay, targeting)),
  }
}
