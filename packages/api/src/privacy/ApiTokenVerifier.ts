import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'

export interface GdprOptions {
  /** The issuer of the API tokens (the city's identity provider, or the GDPR API tester). */
  issuer: string
  /** Where the issuer publishes its signing keys. */
  jwksUrl: string
  /** This service's API audience, e.g. https://api.hel.fi/auth/mukana. */
  audience: string
  /**
   * The claim that lists the token's API scopes: an array of strings (Tunnistamo's
   * `https://api.hel.fi/auth`), or Keycloak's `authorization` with `permissions[].scopes`.
   */
  authorizationField: string
  queryScope: string
  deleteScope: string
}

export interface ApiToken {
  /** The person the token was issued for: their id at the identity provider. */
  subject: string
  scopes: Set<string>
}

/** Checks an API token against the issuer's keys, issuer, audience and expiry, and reads its subject and scopes. */
export class ApiTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>

  constructor(private readonly options: GdprOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl))
  }

  async verify(token: string): Promise<ApiToken | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: this.options.issuer, audience: this.options.audience })
      if (typeof payload.sub !== 'string') return null
      return { subject: payload.sub, scopes: scopesOf(payload[this.options.authorizationField]) }
    } catch {
      return null
    }
  }
}

function scopesOf(claim: JWTPayload[string]): Set<string> {
  if (Array.isArray(claim)) return new Set(claim.filter((scope): scope is string => typeof scope === 'string'))
  const permissions = (claim as { permissions?: { scopes?: unknown }[] } | undefined)?.permissions
  if (!Array.isArray(permissions)) return new Set()
  return new Set(permissions.flatMap((permission) => (Array.isArray(permission.scopes) ? permission.scopes.filter((s) => typeof s === 'string') : [])))
}
