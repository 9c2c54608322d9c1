/** One thing wrong with an instance: where (a JSON path or a CSV line and column) and what. */
export interface InputIssue {
  path: string
  message: string
}

/** Bad input: names every problem found (up to a limit), so a whole spreadsheet can be fixed in one go. */
export class MatchInputError extends Error {
  readonly issues: InputIssue[]

  constructor(issues: InputIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
    this.name = 'MatchInputError'
    this.issues = issues
  }
}
