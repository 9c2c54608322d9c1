import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
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

  /**
   * The person a call names, once its id and API token pass (the token must hold `scope` and be issued
   * for that very person); null after answering the refusal, or 204 for a person Mukana does not know.
   */
  async function personOf(request: FastifyRequest, reply: FastifyReply, scope: string) {
    const { uuid } = request.params as { uuid: string }
    const refuse = (status: 400 | 401 | 403, code: string, message: string) => {
      void reply.code(status).send({ errors: [{ code, message: { en: message } }] })
      return null
    }
    if (!UUID.test(uuid)) return (refuse(400, 'INVALID_ID', 'The user id must be a UUID.'), null)
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
    const token = bearer ? await verifier.verify(bearer) : null
    if (!token) return (refuse(401, 'UNAUTHORIZED', 'A valid API token is needed.'), null)
    if (!token.scopes.has(scope)) return (refuse(403, 'UNAUTHORIZED', `The API token lacks the ${scope} scope.`), null)
    if (token.subject !== uuid) return (refuse(403, 'UNAUTHORIZED', 'The API token was issued for another person.'), null)
    const em = orm.em.fork()
    const person = await findPerson(em, uuid)
    if (!person) return (void reply.code(204).send(), null)
    return { em, ...person }
  }

  app.get(`${GDPR_PATH}:uuid`, async (request, reply) => {
    const person = await personOf(request, reply, options.queryScope)
    if (person) return reply.send(await personalDataOf(person.em, person.user, person.childIds))
  })

  app.delete(`${GDPR_PATH}:uuid`, async (request, reply) => {
    const person = await personOf(request, reply, options.deleteScope)
    if (!person) return
    const dryRun = ['true', '1'].includes(String((request.query as { dry_run?: string }).dry_run ?? '').toLowerCase())
    const blockers = await erasePerson(person.em, person.user, person.childIds, { dryRun })
    if (blockers.length > 0) return reply.code(403).send({ errors: blockers })
    return reply.code(204).send()
  })
}
