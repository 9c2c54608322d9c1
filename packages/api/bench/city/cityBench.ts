/**
 * City scale: 6,500 pupils and 450 groups (shaped by the matcher's generator), survey → match → publish
 * through GraphQL over HTTP, and the offers' e-mails to a local SMTP receiver. Markdown rows per
 * database. The enrolment rush, with its clients in a process of their own, is rush/rushBench.ts.
 */
import 'reflect-metadata'
import { randomBytes } from 'node:crypto'
import { generateInstance } from '@mukana/matcher'
import { DEMO_PASSWORD, type Database } from '@mukana/api'
import { AreaEntity } from '../../src/modules/people/area/area.entity.js'
import { ClubEntity } from '../../src/modules/hobby/club/club.entity.js'
import { HobbyGroupEntity, type HobbyGroup } from '../../src/modules/hobby/hobbyGroup/hobbyGroup.entity.js'
import { ChildEntity } from '../../src/modules/people/child/child.entity.js'
import { SchoolEntity } from '../../src/modules/people/school/school.entity.js'
import { SchoolClassEntity } from '../../src/modules/people/schoolClass/schoolClass.entity.js'
import { SurveyEntity } from '../../src/modules/hobby/survey/survey.entity.js'
import { SurveyAnswerEntity } from '../../src/modules/hobby/survey/surveyAnswer.entity.js'
import { hashPassword } from '../../src/modules/people/user/passwords.js'
import { UserEntity } from '../../src/modules/people/user/user.entity.js'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { deliverMessages, emailChannel, MessageEntity, Outbox } from '../../src/messages/index.js'
import { DEMO_SCHOOL_YEAR, DEMO_TERM } from '../../src/seed/seedKontula.js'
import { openBenchService } from './benchService.js'
import { runSql } from '../../src/db/runSql.js'
import { insertRows, sqlValue } from '../../src/db/insertRows.js'
import { applyRetention } from '../../src/privacy/applyRetention.js'
import { tellPublishedRuns } from '../../src/modules/hobby/offer/offerMessages.js'

const PUPILS = 6_500
const GROUPS = 450

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** A term of weekly meetings (30 weeks) for every seat, eight in ten attended: the marks a city's clubs keep. */
async function markTerm(orm: Database): Promise<number> {
  const em = orm.em.fork()
  const seats = await runSql<{ id: number }[]>(em, `select id from enrolment where status = 'enrolled'`)
  const first = Date.UTC(2026, 0, 5)
  const rows = seats.flatMap((seat, i) =>
    Array.from({ length: 30 }, (_, week) => [seat.id, new Date(first + week * 7 * 86_400_000).toISOString().slice(0, 10), (i + week) % 5 !== 0]),
  )
  await em.transactional((tx) => insertRows(tx, 'attendance', ['enrolment_id', 'date', 'present'], rows))
  return rows.length
}

/** What the coordinator's indicators page asks (the web app's Indicators operation, its lists' fields). */
/** The public catalogue of groups as the web app's group cards ask for it (web: GroupCard): many small fields per group. */
const CATALOGUE = `{ hobbyGroups {
  id name names { fi sv en } activity description venue kind capacity seatsTaken seatsLeft girlsOnly girlsReservedSeats
  familyGroup adultPlaces adultPlacesLeft grades term sessions { day start end } club { id name } school { id name }
} }`

const INDICATORS = `query ($surveyId: ID!) { indicators(surveyId: $surveyId) {
  runPublished familiesTakingPart firstChoiceShare top3Share
  targets { target reserved pupils enrolled enrolledShare placedShare }
  total { label pupils answered enrolled regular girlsEnrolledShare boysEnrolledShare }
  schools { label pupils answered enrolled regular girlsEnrolledShare boysEnrolledShare }
  classes { label pupils answered enrolled regular girlsEnrolledShare boysEnrolledShare }
  unplacedByReason { reason count }
  demand { activity applicants firstChoice seats }
} }`

/** The city: the generator's schools, groups and pupils as rows, every pupil answering the survey. */
async function seedCity(orm: Database): Promise<number> {
  const city = generateInstance({ participants: PUPILS, offerings: GROUPS, choices: 5, seed: 2026 })
  const em = orm.em.fork()
  const area = em.create(AreaEntity, { name: 'Helsinki' })
  const club = em.create(ClubEntity, { name: 'City clubs' })
  const schools = new Map<string, InstanceType<typeof Object>>()
  const classes = new Map<string, { id?: number }>()
  const schoolOf = (tag: string) => {
    if (!schools.has(tag)) {
      const school = em.create(SchoolEntity, { name: tag.replace('school:', ''), area })
      schools.set(tag, school)
      classes.set(tag, em.create(SchoolClassEntity, { school, name: '3A', grade: 3, schoolYear: DEMO_SCHOOL_YEAR, lessons: [] }))
    }
    return schools.get(tag) as never
  }
  const groups = new Map<string, HobbyGroup>()
  for (const offering of city.offerings) {
    groups.set(
      offering.id,
      em.create(HobbyGroupEntity, {
        club,
        school: schoolOf(offering.priorityTags![0]),
        name: `${offering.activity} ${offering.id}`,
        activity: offering.activity!,
        description: '',
        venue: '',
        capacity: offering.capacity,
        girlsReservedSeats: offering.reserved?.[0]?.seats ?? 0,
        girlsOnly: offering.onlyTags !== undefined,
        familyGroup: false,
        grades: [3],
        kind: 'after-school',
        term: DEMO_TERM,
        sessions: offering.sessions!,
        seatsTaken: 0,
      }),
    )
  }
  const family = em.create(UserEntity, {
    email: 'family@bench.test',
    name: 'Families',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'guardian',
    club: null,
    school: null,
    area: null,
  })
  em.create(UserEntity, {
    email: 'coordinator@bench.test',
    name: 'Coordinator',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'coordinator',
    club: null,
    school: null,
    area,
  })
  const survey = em.create(SurveyEntity, {
    area,
    grade: 3,
    term: DEMO_TERM,
    opensAt: new Date(Date.now() - 7200_000),
    closesAt: new Date(Date.now() - 3600_000),
    publishedRunId: null,
  })
  await em.flush()
  for (const participant of city.participants) {
    const tags = participant.tags!
    schoolOf(tags[1])
    const pupil = em.create(ChildEntity, {
      firstName: participant.id,
      lastName: 'Pupil',
      gender: tags[0] === 'girl' ? 'girl' : 'boy',
      homeLanguages: ['fi'],
      schoolClass: classes.get(tags[1]) as never,
    })
    pupil.guardians.add(family)
    em.create(SurveyAnswerEntity, {
      survey,
      child: pupil,
      ranking: participant.ranking.map((id) => groups.get(id)!.id),
      freeWindows: participant.available ?? null,
      consent: true,
      updatedAt: new Date(),
    })
  }
  await em.flush()
  return survey.id
}

/** Delivers every queued message over SMTP to a receiver in this process, which only counts them. */
async function deliverAll(orm: Database): Promise<{ sent: number; received: number; ms: number }> {
  let received = 0
  const receiver = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () => {
        received++
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { port } = receiver.server.address() as AddressInfo
  const outbox = new Outbox({
    publicUrl: 'https://mukana.example.fi',
    tokenSecret: randomBytes(32).toString('hex'),
    channels: { email: emailChannel({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Mukana <mukana@example.fi>' }) },
  })
  const start = performance.now()
  const report = await deliverMessages(orm.em.fork(), outbox)
  const ms = performance.now() - start
  await outbox.close()
  await new Promise<void>((resolve) => receiver.close(() => resolve()))
  return { sent: report.sent, received, ms }
}

export async function cityBench(kind: 'sqlite' | 'postgresql', postgresUrl: string): Promise<string[]> {
  const { orm, gql, login, close } = await openBenchService(kind, postgresUrl)
  try {
    let start = performance.now()
    const surveyId = await seedCity(orm)
    const seeded = performance.now() - start
    const coordinator = await login('coordinator@bench.test')
    const catalogue: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) {
      start = performance.now()
      const answer = await gql(CATALOGUE, {})
      catalogue.push(performance.now() - start)
      if (answer.errors || answer.data.hobbyGroups.length !== GROUPS) throw new Error(JSON.stringify(answer.errors ?? answer.data.hobbyGroups.length))
    }
    start = performance.now()
    const run = await gql(
      'mutation ($input: RunMatchInput!) { runMatch(input: $input) { id participants placed } }',
      { input: { surveyId: String(surveyId), seed: 1 } },
      coordinator,
    )
    const matched = performance.now() - start
    start = performance.now()
    const published = await gql(
      'mutation ($id: ID!, $d: DateTimeISO!) { publishMatchRun(runId: $id, deadline: $d) { id } }',
      { id: run.data.runMatch.id, d: new Date(Date.now() + 86_400_000).toISOString() },
      coordinator,
    )
    const publishing = performance.now() - start
    if (published.errors) throw new Error(JSON.stringify(published.errors))
    // The job the publish nudges, which tells the families: run here by hand, to time it alone.
    start = performance.now()
    const told = await tellPublishedRuns(orm.em.fork(), new Date())
    const telling = performance.now() - start
    const queued = await orm.em.fork().count(MessageEntity, { kind: 'offerMade', status: 'queued' })
    if (told !== queued) throw new Error(`the job queued ${told} offer messages, the outbox holds ${queued}`)
    const sending = await deliverAll(orm)
    // Every family says yes (as rows: six thousand acceptances through GraphQL would measure something else), then the coordinator's figures.
    const em = orm.em.fork()
    await runSql(
      em,
      `insert into enrolment (child_id, group_id, status, adults, created_at) select child_id, group_id, 'enrolled', 0, ? from offer where status = 'offered'`,
      [sqlValue(em)(new Date())],
    )
    await runSql(em, `update offer set status = 'accepted' where status = 'offered'`)
    const marks = await markTerm(orm)
    const figures: number[] = []
    for (let attempt = 0; attempt < 3; attempt++) {
      start = performance.now()
      const answer = await gql(INDICATORS, { surveyId: String(surveyId) }, coordinator)
      figures.push(performance.now() - start)
      // Each placed pupil holds one seat now.
      if (answer.errors || answer.data.indicators.total.enrolled !== run.data.runMatch.placed)
        throw new Error(JSON.stringify(answer.errors ?? answer.data.indicators.total))
    }
    start = performance.now()
    await applyRetention(orm.em.fork(), { dryRun: true })
    const retention = performance.now() - start

    return [
      `| ${kind} | seed ${PUPILS} pupils, ${GROUPS} groups, ${PUPILS} answers | ${seconds(seeded)} |`,
      `| ${kind} | the public catalogue as the web app's group cards (${GROUPS} groups, each with its sessions, club and school), fastest of 5 | ${seconds(Math.min(...catalogue))} (${Math.min(...catalogue).toFixed(0)} ms) |`,
      `| ${kind} | match run (${run.data.runMatch.participants} participants, ${run.data.runMatch.placed} placed) | ${seconds(matched)} |`,
      `| ${kind} | publish (offers and waiting lists, in one transaction) | ${seconds(publishing)} |`,
      `| ${kind} | then the job that tells the families (${queued} offer messages queued, one transaction) | ${seconds(telling)} |`,
      `| ${kind} | the coordinator's indicators of the survey (${PUPILS} pupils, every offer accepted, ${marks} attendance marks), fastest of 3 | ${seconds(Math.min(...figures))} |`,
      `| ${kind} | the retention job, dry run (every module's data classes and each child's latest activity) | ${seconds(retention)} |`,
      `| ${kind} | sender: ${sending.sent} e-mails to a local SMTP receiver (${sending.received} received) | ${seconds(sending.ms)}: ${(sending.sent / (sending.ms / 1000)).toFixed(0)} messages/s |`,
    ]
  } finally {
    await close()
  }
}
