import type { IncomingMessage } from 'node:http'
import { HttpError } from './HttpError.js'

const MOST_BYTES = 1_000_000

/** The request's JSON body; refuses other media types, bodies over 1 MB and malformed JSON, saying which. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') throw new HttpError(415, `Send GraphQL requests as application/json, not "${type || 'nothing'}".`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MOST_BYTES) throw new HttpError(413, `The request body is over ${MOST_BYTES} bytes.`)
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch (error) {
    throw new HttpError(400, `The request body is not JSON: ${(error as Error).message}`)
  }
}
