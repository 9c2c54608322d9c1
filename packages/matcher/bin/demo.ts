/**
 * `npm start` for now: matches a demo Kontula survey (its three schools' third-graders and the hobby
 * groups around them) and prints what a coordinator would want to see. Writes the instance and the
 * result to .tmp/ so they can be fed to `pnpm -s match` and read in full.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateInstance, match, type Result } from '@mukana/matcher'

const SCHOOLS = ['Kontulan ala-aste', 'Keinutien ala-aste', 'Laakavuoren ala-aste']
const instance = generateInstance({ participants: 175, offerings: 14, choices: 5, seed: 2026, schools: SCHOOLS, windowsShare: 0.5 })
const result = match(instance)

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`
const bar = (count: number, most: number): string => '█'.repeat(Math.round((count / Math.max(1, most)) * 30))

function print(result: Result): void {
  const { summary, comparison } = result
  const seats = summary.seats
  console.log(`\nMukana: hobby match for Kontula's third-graders (demo data)`)
  console.log(`${SCHOOLS.join(', ')}: ${summary.participants} pupils, ${instance.offerings.length} hobby groups, ${seats} seats\n`)
  console.log(`Deferred acceptance, seed ${result.seed}`)
  console.log(`  placed            ${summary.placed} of ${summary.participants} (${percent(summary.placedShare)})`)
  console.log(`  first choice      ${percent(summary.firstChoiceShare)}`)
  console.log(`  one of top three  ${percent(summary.top3Share)}`)
  console.log(`  girls placed      ${percent(summary.byTag.girl.share)} of ${summary.byTag.girl.participants}`)
  console.log(`  boys placed       ${percent(summary.byTag.boy.share)} of ${summary.byTag.boy.participants}`)
  console.log('\n  rank of the hobby each pupil got')
  const most = Math.max(...summary.rankHistogram)
  summary.rankHistogram.forEach((count, i) => console.log(`  ${String(i + 1).padStart(3)}. choice ${String(count).padStart(4)} ${bar(count, most)}`))
  if (comparison.placed !== undefined) {
    const gap = comparison.placed - summary.placed
    console.log(`\n  max-coverage would place ${comparison.placed} (${gap} more), but is not strategy-proof and ignores priorities`)
  }
  console.log(`\nUnplaced: ${result.unplaced.length}`)
  for (const u of result.unplaced.slice(0, 8)) console.log(`  ${u.participant.padEnd(6)} ${u.reason}`)
  if (result.planning.length > 0) console.log('\nWhat to open next')
  for (const s of result.planning.slice(0, 5)) {
    const when = s.sessions ? s.sessions.map((x) => `${x.day} ${x.start}-${x.end}`).join(', ') : 'at another time'
    console.log(`  ${s.activity.padEnd(12)} ${when.padEnd(28)} would place ${s.wouldPlace} of ${s.interested} interested`)
  }
  const full = result.offerings.filter((o) => o.admitted === o.capacity).length
  console.log(`\nGroups full: ${full} of ${result.offerings.length}`)
}

print(result)
const dir = join(process.cwd(), '.tmp')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'kontula-demo.json'), JSON.stringify(instance, null, 1))
writeFileSync(join(dir, 'kontula-demo-result.json'), JSON.stringify(result, null, 1))
console.log('\nInstance: .tmp/kontula-demo.json (run it yourself: pnpm -s match .tmp/kontula-demo.json)')
console.log('Result:   .tmp/kontula-demo-result.json\n')
