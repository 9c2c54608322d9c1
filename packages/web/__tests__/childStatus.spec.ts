import { describe, expect, it } from 'vitest'
import { childStatus } from '../src/format/childStatus'

const NOW = new Date('2026-10-01T12:00:00Z')
const day = (iso: string) => iso.slice(0, 10)
const child = (overrides: Partial<Parameters<typeof childStatus>[0]> = {}) => ({ firstName: 'Aino', surveyAnswers: [], enrolments: [], ...overrides })
const survey = { id: '1', closesAt: '2026-10-10T20:59:00Z' }
const statusOf = (...args: Parameters<typeof childStatus> extends [infer C, infer O, infer S, ...unknown[]] ? [C, O, S] : never) =>
  childStatus(args[0], args[1], args[2], NOW, day)

describe('childStatus', () => {
  it('puts an offer to answer first, with the earliest deadline', () => {
    const offers = [
      { status: 'OFFERED', deadline: '2026-10-08T20:59:00Z', group: { name: 'Sirkus' } },
      { status: 'OFFERED', deadline: '2026-10-05T20:59:00Z', group: { name: 'Futis' } },
    ]
    expect(statusOf(child(), offers, [survey])).toEqual({
      key: 'status.offer',
      values: { name: 'Aino', group: 'Sirkus', count: 2, deadline: '2026-10-05' },
      tone: 'action',
    })
  })

  it('asks to confirm an answer given at school before anything else but an offer', () => {
    expect(statusOf(child({ surveyAnswers: [{ surveyId: '1', consent: false }] }), [], [survey]).key).toBe('status.answeredAtSchool')
    expect(statusOf(child(), [], [survey])).toMatchObject({ key: 'status.answerSurvey', values: { closes: '2026-10-10' }, tone: 'action' })
  })

  it('names the hobbies the child has, then a queue place, then an answer waiting for the match', () => {
    const enrolled = child({
      enrolments: [
        { status: 'ENROLLED', group: { name: 'Futis' } },
        { status: 'WITHDRAWN', group: { name: 'Kuoro' } },
      ],
    })
    expect(statusOf(enrolled, [], [])).toEqual({ key: 'status.hobbies', values: { name: 'Aino', groups: 'Futis' }, tone: 'done' })
    expect(statusOf(child(), [{ status: 'WAITING', queuePlace: 3, group: { name: 'Ratsastus' } }], []).values).toMatchObject({ place: 3 })
    expect(statusOf(child({ surveyAnswers: [{ surveyId: '1', consent: true }] }), [], [survey]).key).toBe('status.answered')
    expect(statusOf(child(), [], []).key).toBe('status.nothingYet')
  })

  it('does not count an offer whose deadline has passed', () => {
    expect(statusOf(child(), [{ status: 'OFFERED', deadline: '2026-09-30T20:59:00Z', group: { name: 'Sirkus' } }], []).key).toBe('status.nothingYet')
  })
})
