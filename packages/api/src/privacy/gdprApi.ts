import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/openDatabase.js'
import { ApiTokenVerifier, type GdprOptions } from './ApiTokenVerifier.js'
import { erasePerson } from './erasePerson.js'
import { findPerson, personalDataOf } from './personalDataOf.js'

export const GDPR_PATH = '/gdpr-api/v1/user/'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The city's GDPR API (the Helsinki profile pattern), for the profile service acting on a person's
 * behalf: `GET {GDPR_PATH}<uuid>` gives everything held about the person and their children as a
 * `{key, value | children}` tree; `DELETE` erases it, or with `?dry_run=true` answers whether it could.
 * An API token with the query or the delete scope, issued for that very person, is required. Unknown
 * people get 204, as the API's contract asks (there is nothing to give or to erase).
 */
export async function gdprApi(app: FastifyInstance, orm: Database, options: GdprOptions): Promise<void> {
  const verifier = new ApiTokenVerifier(options)

  async function authorize(authorization: string | undefined, uuid: string, scope: string) {
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
    const token = bearer ? await verifier.verify(bearer) : null
    if (!token) return { status: 401 as const, message: 'A valid API token is needed.' }
    if (!token.scopes.has(scope)) return { status: 403 as const, message: `The API token lacks the ${scope} scope.` }
    if (token.subject !== uuid) return { status: 403 as const, message: 'The API token was issued for another person.' }
    return null
  }

  app.get(`${GDPR_PATH}:uuid`, async (request, reply) => {
    const { uuid } = request.params as { uuid: string }
    if (!UUID.test(uuid)) return reply.code(400).send({ errors: [{ code: 'INVALID_ID', message: { en: 'The user id must be a UUID.' } }] })
    const refused = await authorize(request.headers.authorization, uuid, options.queryScope)
    if (refused) return reply.code(refused.status).send({ errors: [{ code: 'UNAUTHORIZED', message: { en: refused.message } }] })
    const em = orm.em.fork()
    const person = await findPerson(em, uuid)
    if (!person) return reply.code(204).send()
    return reply.send(await personalDataOf(em, person.user, person.childIds))
  })

  app.delete(`${GDPR_PATH}:uuid`, async (request, reply) => {
    const { uuid } = request.params as { uuid: string }
    if (!UUID.test(uuid)) return reply.code(400).send({ errors: [{ code: 'INVALID_ID', message: { en: 'The user id must be a UUID.' } }] })
    const refused = await authorize(request.headers.authorization, uuid, options.deleteScope)
    if (refused) return reply.code(refused.status).send({ errors: [{ code: 'UNAUTHORIZED', message: { en: refused.message } }] })
    const dryRun = ['true', '1'].includes(String((request.query as { dry_run?: string }).dry_run ?? '').toLowerCase())
    const em = orm.em.fork()
    const person = await findPerson(em, uuid)
    if (!person) return reply.code(204).send()
    const blockers = await erasePerson(em, person.user, person.childIds, { dryRun })
    if (blockers.length > 0) return reply.code(403).send({ errors: blockers })
    return reply.code(204).send()
  })
}
