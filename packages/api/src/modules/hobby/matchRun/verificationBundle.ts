import { createHash } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/core'
import { drawLottery, placementsText, type Instance } from '@mukana/matcher'
import { ApiError } from '../../../graphql/ApiError.js'
import type { Pseudonyms } from '../../../privacy/Pseudonyms.js'
import { findCoordinatedSurvey } from '../survey/survey.service.js'
import { MatchRunEntity } from './matchRun.entity.js'
import type { Account } from '../../people/index.js'

export const VERIFICATION_FORMAT = 'mukana-verification/1'

export interface VerificationBundle {
  fileName: string
  /** The bundle as JSON text: the run's exact input with the children pseudonymised, and the digest of its placements. */
  content: string
  placementsSha256: string
}

/**
 * What an auditor needs to check a run without seeing a child: the run's instance exactly as the matcher
 * got it, each child's id replaced by a pseudonym of this run (keyed: not linkable to other runs or
 * exports) and its lottery number written out (it was drawn from the seed and the real id), with the
 * SHA-256 of the placements under the same pseudonyms. `pnpm -s match --verify <bundle>` re-runs the
 * matcher on it and compares.
 */
export async function verificationBundle(em: EntityManager, user: Account, pseudonyms: Pseudonyms, runId: number): Promise<VerificationBundle> {
  const run = await em.findOne(MatchRunEntity, { id: runId }, { populate: ['instance', 'result'] })
  if (!run) throw new ApiError('not_found', `No match run ${runId}.`)
  await findCoordinatedSurvey(em, user, run.survey.id)
  const pseudonym = new Map(
    run.instance.participants.map((participant) => [participant.id, pseudonyms.of(`match-run-${run.id}:child`, Number(participant.id))]),
  )
  const instance: Instance = {
    ...run.instance,
    participants: run.instance.participants.map((participant) => ({
      ...participant,
      id: pseudonym.get(participant.id)!,
      lottery: participant.lottery ?? drawLottery(run.instance.seed, participant.id),
    })),
  }
  const placements = run.result.placements.map((placement) => ({ ...placement, participant: pseudonym.get(placement.participant)! }))
  const placementsSha256 = `sha256:${createHash('sha256').update(placementsText(placements)).digest('hex')}`
  const bundle = {
    format: VERIFICATION_FORMAT,
    run: run.id,
    createdAt: run.createdAt.toISOString(),
    publishedAt: run.publishedAt?.toISOString() ?? null,
    mechanism: run.mechanism,
    placementsSha256,
    instance,
  }
  return { fileName: `mukana-run-${run.id}-verification.json`, content: `${JSON.stringify(bundle, null, 1)}\n`, placementsSha256 }
}
