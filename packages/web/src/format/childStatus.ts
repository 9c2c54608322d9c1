/** What a guardian should know first about one child, as a message key and its values. */
export interface ChildStatus {
  key: string
  values: Record<string, unknown>
  /** `action`: the guardian has something to do; `done`: nothing is needed now. */
  tone: 'action' | 'done' | 'info'
}

interface StatusInput {
  firstName: string
  surveyAnswers: readonly { surveyId: string; consent: boolean }[]
  enrolments: readonly { status: string; group: { name: string } }[]
}
interface OfferInput {
  status: string
  deadline?: string | null
  queuePlace?: number | null
  group: { name: string }
}

/**
 * The one sentence a guardian reads first for a child, most urgent first: an offer to answer, an answer
 * given at school to confirm, a survey to answer; else the hobbies the child has, a queue place, an
 * answer waiting for the match, or nothing yet.
 */
export function childStatus(
  child: StatusInput,
  offers: readonly OfferInput[],
  openSurveys: readonly { id: string; closesAt: string }[],
  now: Date,
  formatDate: (iso: string) => string,
  nameOf: (group: { name: string }) => string = (group) => group.name,
): ChildStatus {
  const name = child.firstName
  const open = offers.filter((o) => o.status === 'OFFERED' && (!o.deadline || new Date(o.deadline) > now))
  if (open.length > 0) {
    const deadline = open
      .map((o) => o.deadline)
      .filter((d): d is string => Boolean(d))
      .sort()[0]
    return {
      key: deadline ? 'status.offer' : 'status.offerNoDeadline',
      values: { name, group: nameOf(open[0]!.group), count: open.length, deadline: deadline && formatDate(deadline) },
      tone: 'action',
    }
  }
  for (const survey of openSurveys) {
    const answer = child.surveyAnswers.find((a) => a.surveyId === survey.id)
    if (answer && !answer.consent) return { key: 'status.answeredAtSchool', values: { name }, tone: 'action' }
    if (!answer) return { key: 'status.answerSurvey', values: { name, closes: formatDate(survey.closesAt) }, tone: 'action' }
  }
  const hobbies = child.enrolments.filter((e) => e.status === 'ENROLLED').map((e) => nameOf(e.group))
  if (hobbies.length > 0) return { key: 'status.hobbies', values: { name, groups: hobbies.join(', ') }, tone: 'done' }
  const waiting = offers.find((o) => o.status === 'WAITING')
  if (waiting) return { key: 'status.waiting', values: { name, group: nameOf(waiting.group), place: waiting.queuePlace ?? '' }, tone: 'info' }
  const answered = openSurveys.find((s) => child.surveyAnswers.some((a) => a.surveyId === s.id))
  if (answered) return { key: 'status.answered', values: { name, closes: formatDate(answered.closesAt) }, tone: 'done' }
  return { key: 'status.nothingYet', values: { name }, tone: 'info' }
}
