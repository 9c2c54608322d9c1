/**
 * A run's verification bundle: an auditor re-runs it with the matcher's command line and gets the same
 * placements, without the bundle naming any child.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { match, placementsText, type Instance, type Mechanism } from '@mukana/matcher'
import { ChildEntity } from '../src/modules/people/child/child.entity'
import { publishedSurvey, type PublishedSurvey } from './flows'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const BUNDLE = 'query ($id: ID!) { matchRunVerification(runId: $id) { fileName content placementsSha256 } }'
const MATCHER_CLI = new URL('../../matcher/bin/match.ts', import.meta.url).pathname

interface Bundle {
  format: string
  mechanism: Mechanism
  placementsSha256: string
  instance: Instance
}

/** `pnpm -s match --verify <file>`, as the auditor runs it. */
function verify(bundle: Bundle): { status: number | null; stdout: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'mukana-verify-')), 'bundle.json')
  writeFileSync(file, JSON.stringify(bundle))
  const run = spawnSync(process.execPath, ['--import', 'tsx', MATCHER_CLI, '--verify', file], { encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout }
}

describe.each(await databaseKinds())('match run verification on %s', { timeout: 30_000 }, (kind) => {
  let api: TestApi
  let flow: PublishedSurvey

  beforeAll(async () => {
    api = await startTestApi(kind)
    flow = await publishedSurvey(api)
  })
  afterAll(() => api.close())

  it('gives the run’s input with every child pseudonymised, which re-runs to the same placements', async () => {
    const { data, errors } = await api.gql(BUNDLE, { id: flow.runId }, flow.coordinator)
    expect(errors).toBeUndefined()
    const bundle = JSON.parse(data?.matchRunVerification.content) as Bundle
    expect(data?.matchRunVerification.fileName).toBe(`mukana-run-${flow.runId}-verification.json`)
    expect(bundle).toMatchObject({ format: 'mukana-verification/1', mechanism: 'deferred-acceptance' })
    expect(bundle.placementsSha256).toBe(data?.matchRunVerification.placementsSha256)
    // No child's id or name is in it.
    const children = await api.orm.em.fork().find(ChildEntity, {})
    const ids = new Set(children.map((child) => String(child.id)))
    expect(bundle.instance.participants.length).toBeGreaterThan(10)
    expect(bundle.instance.participants.filter((participant) => ids.has(participant.id))).toEqual([])
    for (const child of children) expect(data?.matchRunVerification.content).not.toContain(`"${child.firstName}"`)
    // The matcher gives the digest's placements again, in this process and on the command line.
    const again = match(bundle.instance, { mechanism: bundle.mechanism, compare: false })
    expect(`sha256:${createHash('sha256').update(placementsText(again.placements)).digest('hex')}`).toBe(bundle.placementsSha256)
    expect(verify(bundle)).toEqual({ status: 0, stdout: `verified: the same placements (${bundle.placementsSha256})\n` })
    // A bundle whose input was changed (a placed pupil left out) does not verify.
    const changed = structuredClone(bundle)
    changed.instance.participants = changed.instance.participants.filter((participant) => participant.id !== again.placements[0].participant)
    const refused = verify(changed)
    expect(refused.status).toBe(1)
    expect(refused.stdout).toMatch(/^DIFFERENT: the bundle says sha256:[0-9a-f]{64}, this run gives sha256:[0-9a-f]{64}/)
  })

  it('is for the coordinators of the survey’s area only', async () => {
    expectRefused(await api.gql(BUNDLE, { id: flow.runId }, flow.family), 'auth/forbidden')
    expectRefused(await api.gql(BUNDLE, { id: '999999' }, flow.coordinator), 'not_found')
  })
})
