import { describe, expect, it } from 'vitest'
import { formatMoment, formatSessions, MESSAGE_KINDS, OPTIONAL_KINDS, renderMessage, TEMPLATES, type Language, type MessageKind } from '../src/messages/index'

/** What each kind's callers give its templates (offerMessages, surveyMessages, eventMessages, inviteUser, signInLinks). */
const PARAMS: Record<MessageKind, Record<string, unknown>> = {
  offerMade: {
    child: 'Aino',
    group: 'Ratsastus',
    club: 'Talli',
    place: 'Kontulan talli',
    sessions: [{ day: 'wed', start: '16:00', end: '17:00' }],
    deadline: '2026-12-03T14:00:00Z',
    link: '/guardian',
  },
  offerPromoted: {
    child: 'Aino',
    group: 'Ratsastus',
    club: 'Talli',
    place: 'Talli',
    sessions: [{ day: 'wed', start: '16:00', end: '17:00' }],
    deadline: '2026-12-03T14:00:00Z',
    link: '/guardian',
  },
  offerReminder: { child: 'Aino', group: 'Ratsastus', club: 'Talli', place: 'Talli', sessions: [], deadline: '2026-12-03T14:00:00Z', link: '/guardian' },
  offerLapsed: { child: 'Aino', group: 'Ratsastus', club: 'Talli', place: 'Talli', sessions: [], link: '/guardian' },
  seatFreed: { child: 'Aino', event: 'Nukketeatteri', what: 'Nukketeatteri', startsAt: '2026-12-05T08:30:00Z', place: 'Annantalo', link: '/guardian/culture' },
  surveyOpened: { child: 'Aino', closesAt: '2026-12-10T21:59:00Z', link: '/guardian/surveys/1/pupils/2' },
  surveyClosing: { child: 'Aino', closesAt: '2026-12-10T21:59:00Z', link: '/guardian/surveys/1/pupils/2' },
  enrolmentConfirmed: { child: 'Aino', what: 'Ratsastus (Talli)', sessions: [{ day: 'mon', start: '08:15', end: '09:00' }], place: 'Talli', link: '/guardian' },
  sessionsChanged: { child: 'Aino', what: 'Ratsastus (Talli)', sessions: [{ day: 'tue', start: '16:00', end: '17:00' }], place: 'Talli', link: '/guardian' },
  eventReminder: {
    child: 'Aino',
    event: 'Nukketeatteri',
    what: 'Nukketeatteri',
    startsAt: '2026-12-05T08:30:00Z',
    place: 'Annantalo',
    link: '/guardian/culture',
  },
  invitation: { name: 'Maija', link: '/sign-in#abc', expiresAt: '2026-12-08T10:00:00Z' },
  signInLink: { name: 'Maija', link: '/sign-in#abc', expiresAt: '2026-12-01T16:00:00Z' },
}
const OPTIONS = { publicUrl: 'https://mukana.example.fi', unsubscribeUrl: 'https://mukana.example.fi/unsubscribe?u=1&t=x' }

describe('renderMessage', () => {
  describe.each(MESSAGE_KINDS)('%s', (kind) => {
    it.each(['fi', 'sv', 'en'] as Language[])('in %s: every placeholder filled, the link absolute, the HTML escaped, the SMS short', (language) => {
      const rendered = renderMessage({ kind, language, params: PARAMS[kind] as never }, OPTIONS)
      for (const text of [rendered.subject, rendered.text, rendered.sms]) expect(text).not.toMatch(/[{}]/)
      expect(rendered.text).toContain(`https://mukana.example.fi${PARAMS[kind].link as string}`)
      expect(rendered.sms).toContain('https://mukana.example.fi')
      expect(rendered.sms.length).toBeLessThanOrEqual(320) // two SMS parts at most
      expect(rendered.subject.length).toBeLessThanOrEqual(90)
      expect(rendered.html).toContain(`lang="${language}"`)
      expect(rendered.html).toContain(`<a href="https://mukana.example.fi`)
      if ('child' in PARAMS[kind]) expect(rendered.text).toContain('Aino')
      if ('deadline' in PARAMS[kind]) expect(rendered.text).toContain(formatMoment(new Date('2026-12-03T14:00:00Z'), language))
      // Optional reminders end with the way to stop them; messages about a family's own offers never do.
      expect(rendered.text.includes(OPTIONS.unsubscribeUrl)).toBe(OPTIONAL_KINDS.includes(kind))
      // Each language reads as itself: the Finnish, Swedish and English versions differ.
      const others = (['fi', 'sv', 'en'] as Language[]).filter((l) => l !== language)
      for (const other of others) expect(TEMPLATES[kind][other].body).not.toBe(TEMPLATES[kind][language].body)
    })
  })

  it('escapes what a club or a family typed before it goes into HTML', () => {
    const rendered = renderMessage({ kind: 'offerLapsed', language: 'fi', params: { ...PARAMS.offerLapsed, group: '<b>Judo</b> & "muu"' } as never }, OPTIONS)
    expect(rendered.html).toContain('&lt;b&gt;Judo&lt;/b&gt; &amp; &quot;muu&quot;')
    expect(rendered.html).not.toContain('<b>Judo')
  })

  it('refuses a template placeholder without a value rather than sending "{deadline}"', () => {
    const { deadline: _, ...params } = PARAMS.offerMade
    expect(() => renderMessage({ kind: 'offerMade', language: 'fi', params: params as never }, OPTIONS)).toThrow('no value for {deadline}')
  })
})

describe('formatMoment', () => {
  it('writes moments in Helsinki time, each language by its own convention', () => {
    const moment = new Date('2026-12-03T14:00:00Z') // a Thursday, 16.00 in Helsinki (winter time)
    expect(formatMoment(moment, 'fi')).toBe('to 3.12. klo 16.00')
    expect(formatMoment(moment, 'sv')).toBe('tors 3.12. kl. 16.00')
    expect(formatMoment(moment, 'en')).toBe('Thu 3 Dec at 16:00')
    expect(formatMoment(new Date('2026-06-03T06:05:00Z'), 'fi')).toBe('ke 3.6. klo 9.05') // summer time
  })

  it('writes weekly sessions as a family reads a timetable', () => {
    const sessions = [
      { day: 'tue', start: '15:00', end: '16:30' },
      { day: 'thu', start: '08:15', end: '09:00' },
    ]
    expect(formatSessions(sessions, 'fi')).toBe('ti klo 15.00–16.30, to klo 8.15–9.00')
    expect(formatSessions(sessions, 'sv')).toBe('tis kl. 15.00–16.30, tors kl. 8.15–9.00')
    expect(formatSessions(sessions, 'en')).toBe('Tue 15:00–16:30, Thu 08:15–09:00')
  })
  it('writes content named in the city’s languages in the message’s own, else in Finnish', () => {
    const group = { fi: 'Ratsastus', sv: 'Ridning', en: null }
    const params = { child: 'Aino', what: group, sessions: [{ day: 'tue', start: '16:00', end: '17:00' }], place: 'Talli', link: '/guardian' }
    const subject = (language: Language) => renderMessage({ kind: 'sessionsChanged', language, params }, { publicUrl: 'https://mukana.test' }).subject
    expect(subject('sv')).toBe('Hobbyns tid har ändrats: Ridning')
    expect(subject('en')).toBe('New time for a hobby: Ratsastus')
    expect(subject('fi')).toBe('Harrastuksen aika muuttui: Ratsastus')
  })
})
