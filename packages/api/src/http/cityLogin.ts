import type { EntityManager } from '@mikro-orm/core'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import * as openid from 'openid-client'
import { UserEntity, type Account } from '../modules/people/index.js'
import { identificationOf, type Identification } from '../modules/people/user/identification.js'
import { recordSubject } from '../modules/people/user/user.service.js'

export interface CityLoginOptions {
  /** The provider's issuer; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string
  clientId: string
  /** For a confidential client; a public client uses PKCE alone. */
  clientSecret?: string
  /**
   * This service's public address, e.g. https://mukana.hel.fi: the provider returns to
   * `<publicUrl>/auth/callback`. Without it, the address the request came to (behind a proxy, set
   * MUKANA_TRUST_PROXY so that it is the public one).
   */
  publicUrl?: string
  /** Accept an http issuer (tests and the local demo provider). */
  allowHttp?: boolean
}

export const CITY_LOGIN_PATH = '/auth/login'
const CALLBACK_PATH = '/auth/callback'
/** The login in progress (PKCE verifier, state, nonce): signed, HttpOnly, for ten minutes, sent only back to /auth. */
const PENDING = 'mukana_login'

/** Why a city login did not sign anybody in, as the login page says it (`/?login_error=<code>`). */
export type CityLoginRefusal = 'unverified_email' | 'no_account' | 'failed'

/**
 * Sign-in with the city's login (OpenID Connect, authorization code with PKCE), done by the server with
 * a well-kept client library: the browser is sent to the provider and back to /auth/callback, where the
 * code becomes an ID token and the session cookie is set. Only an e-mail the provider says it verified
 * names an account: a guardian imported with that e-mail then sees their children at once.
 */
export function cityLogin(
  app: FastifyInstance,
  options: CityLoginOptions,
  em: () => EntityManager,
  signIn: (reply: FastifyReply, user: Account, identification: Identification) => void,
): void {
  const execute = options.allowHttp ? [openid.allowInsecureRequests] : []
  // Discovered on first use (and again after a failure), so that a provider that is down does not stop the service.
  let discovered: Promise<openid.Configuration> | null = null
  const configuration = () => {
    discovered ??= openid.discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, { execute })
    discovered.catch(() => (discovered = null))
    return discovered
  }
  const redirectUriOf = (request: FastifyRequest) => new URL(CALLBACK_PATH, options.publicUrl ?? `${request.protocol}://${request.host}`).href
  // Lax, not Strict: the provider's redirect back is a cross-site navigation that must carry it.
  const pendingCookie = (request: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/auth',
    signed: true,
    maxAge: 600,
    secure: redirectUriOf(request).startsWith('https:'),
  })

  app.get(CITY_LOGIN_PATH, async (request, reply) => {
    const verifier = openid.randomPKCECodeVerifier()
    const state = openid.randomState()
    const nonce = openid.randomNonce()
    const config = await configuration().catch(() => null)
    if (!config) return reply.redirect('/?login_error=failed', 303)
    const url = openid.buildAuthorizationUrl(config, {
      redirect_uri: redirectUriOf(request),
      scope: 'openid email profile',
      code_challenge: await openid.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    })
    return reply.setCookie(PENDING, JSON.stringify({ verifier, state, nonce }), pendingCookie(request)).redirect(url.href, 303)
  })

  app.get(CALLBACK_PATH, async (request, reply) => {
    const refuse = (code: CityLoginRefusal) => reply.clearCookie(PENDING, { path: '/auth' }).redirect(`/?login_error=${code}`, 303)
    const pending = request.unsignCookie(request.cookies[PENDING] ?? '')
    if (!pending.valid || !pending.value) return refuse('failed')
    const { verifier, state, nonce } = JSON.parse(pending.value) as { verifier: string; state: string; nonce: string }
    let claims: openid.IDToken | undefined
    try {
      const tokens = await openid.authorizationCodeGrant(await configuration(), new URL(request.url, redirectUriOf(request)), {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      })
      claims = tokens.claims()
    } catch {
      return refuse('failed')
    }
    if (!claims || typeof claims.email !== 'string' || claims.email_verified !== true) return refuse('unverified_email')
    const manager = em()
    const user = await manager.findOne(UserEntity, { email: claims.email.trim().toLowerCase() })
    if (!user) return refuse('no_account')
    await recordSubject(manager, user, claims.sub.length <= 64 ? claims.sub : null)
    signIn(reply, user, identificationOf(claims))
    return reply.clearCookie(PENDING, { path: '/auth' }).redirect('/?signed_in', 303)
  })
}
