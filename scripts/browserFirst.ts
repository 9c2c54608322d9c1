import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The browser runs are the longest files: start them first, so that the other worker runs everything
 * else meanwhile instead of both waiting on them at the end.
 */
export class BrowserFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const browser = (file: TestSpecification) => file.moduleId.includes('/tests/e2e/')
    return [...sorted.filter(browser), ...sorted.filter((file) => !browser(file))]
  }
}
