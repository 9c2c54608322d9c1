/** A refusal outside GraphQL (wrong media type, missing file…) with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
