import { type EntityManager } from '@mikro-orm/core'
import { waitingLists } from '@mukana/matcher'
import { ApiError } from '../../../graphql/ApiError.js'
import { fieldIssue } from '../../../graphql/fieldIssue.js'
import { HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { insertRows } from '../../../db/insertRows.js'
import { SurveyEntity } from '../survey/survey.entity.js'
import { findCoordinatedSurvey } from '../survey/survey.service.js'
import { MatchRunEntity, type MatchRun } from './matchRun.entity.js'
import { takeSeatsOfMany } from '../../seats/index.js'
import type { Account } from '../../people/index.js'

/**
 * A coordinator publishes a run: every placement becomes an offer answered by `deadline`, and everybody
 * who would rather have a group goes on its waiting list in priority order. All in one transaction:
 * the survey's published run is set by a conditional update (two runs are never both published), and
 * each group's seats are taken by a conditional update, so if direct enrolments took seats since the
 * run, nothing at all is written (`matchRun/seats_gone`: run the match again). The families are told
 * right after it commits, by the job that queues the offers' messages (tellPublishedRuns): a city's
 * publish writes tens of thousands of rows, and thousands of messages would double the coordinator's wait.
 */
export async function publishMatchRun(em: EntityManager, user: Account, runId: number, deadline: Date, now = new Date()): Promise<MatchRun> {
  const run = await em.findOne(MatchRunEntity, { id: runId }, { populate: ['instance', 'result'] })
  if (!run) throw new ApiError('not_found', `No match run ${runId}.`)
  const survey = await findCoordinatedSurvey(em, user, run.survey.id)
  if (!(deadline > now)) throw ApiError.invalid([fieldIssue('deadline', 'future')])
  const lists = waitingLists(run.instance, run.result)
  return em.transactional(async (tx) => {
    const claimed = await tx.nativeUpdate(SurveyEntity, { id: survey.id, publishedRunId: null }, { publishedRunId: run.id })
    if (claimed === 0) throw new ApiError('matchRun/already_published', 'A run of this survey is already published.')
    const seats = new Map<number, number>()
    for (const placement of run.result.placements) seats.set(Number(placement.offering), (seats.get(Number(placement.offering)) ?? 0) + 1)
    const short = await takeSeatsOfMany(tx, HobbyGroupEntity, seats)
    if (short.length > 0) {
      const group = await tx.findOneOrFail(HobbyGroupEntity, { id: short[0] })
      throw new ApiError('matchRun/seats_gone', `Seats of ${group.name} were taken since this run; run the match again.`)
    }
    // Thousands of rows: written as plain rows, not tracked as entities.
    const rows: unknown[][] = run.result.placements.map((placement) => [
      run.id,
      Number(placement.participant),
      Number(placement.offering),
      placement.rank,
      'offered',
      null,
      deadline,
      placement.reserve ?? null,
    ])
    const rankings = new Map(run.instance.participants.map((p) => [p.id, p.ranking]))
    for (const [groupId, pupils] of Object.entries(lists)) {
      pupils.forEach((childId, position) => {
        const rank = (rankings.get(childId) ?? []).indexOf(groupId) + 1
        rows.push([run.id, Number(childId), Number(groupId), rank, 'waiting', position, null, null])
      })
    }
    await insertRows(tx, 'offer', ['run_id', 'child_id', 'group_id', 'rank', 'status', 'position', 'deadline', 'reserve'], rows)
    // Why each child could not have a group it ranked (whatever the seats): the family's page says so.
    const refusals = (run.result.refused ?? []).flatMap(({ participant, unacceptable }) =>
      unacceptable.map((refusal) => [
        run.id,
        Number(participant),
        Number(refusal.offering),
        (rankings.get(participant) ?? []).indexOf(refusal.offering) + 1,
        refusal.why,
      ]),
    )
    await insertRows(tx, 'choice_refusal', ['run_id', 'child_id', 'group_id', 'rank', 'why'], refusals)
    const published = await tx.findOneOrFail(MatchRunEntity, { id: run.id })
    published.publishedAt = now
    return published
  })
}
