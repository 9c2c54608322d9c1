import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The browser runs first: they are the longest files, and the other worker runs the rest meanwhile,
 * instead of both waiting on them at the end. (Starting the other long files early too was slower: they
 * compete with Chromium for the two cores.) A clean clone has no timings cached, hence the list.
 */
const LONGEST_FIRST = ['/tests/e2e/hobbyFlow.spec.ts', '/tests/e2e/cultureFlow.spec.ts']

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
