import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The browser runs first, then the files that run commands in child processes: they are the longest
 * files, and the other worker runs the many short ones meanwhile, instead of one worker finishing a long
 * file alone at the end. A clean clone has no timings cached, hence the list.
 */
const LONGEST_FIRST = [
  '/tests/e2e/hobbyFlow.spec.ts',
  '/tests/e2e/cultureFlow.spec.ts',
  '/tests/e2e/emptyCity.spec.ts',
  '/packages/api/__tests__/jobProcesses.spec.ts',
  '/packages/api/__tests__/enrolment.processes.spec.ts',
  '/tests/admin-command.spec.ts',
  '/tests/match-command.spec.ts',
  '/packages/matcher/__tests__/bin-match.spec.ts',
]

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((end) => file.moduleId.endsWith(end))
      return at < 0 ? LONGEST_FIRST.length : at
    }
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file)
  }
}
