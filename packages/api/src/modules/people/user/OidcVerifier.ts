import { createRemoteJWKSet, jwtVerify } from 'jose'
import { identificationOf, type Identification } from './identification.js'

export interface OidcOptions {
  /** The identity provider's issuer, e.g. https://login.example.fi/realms/helsinki. */
  issuer: string
  /** The client id this API's tokens are issued to. */
  audience: string
  /** Where the provider publishes its signing keys (its JWKS). */
  jwksUrl: string
}

/**
 * Checks bearer tokens issued by the city's OpenID Connect provider against its published keys, issuer,
 * audience and expiry, and names the account by the token's verified email.
 */
export class OidcVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>

  constructor(private readonly options: OidcOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl))
  }

  /** The verified email and the subject the token carries, or null for any token that does not verify. */
  async identity(token: string): Promise<{ email: string; subject: string | null; identification: Identification } | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: this.options.issuer, audience: this.options.audience })
      // Only an e-mail the provider vouches for may name an account: a missing claim is not a yes.
      if (typeof payload.email !== 'string' || payload.email_verified !== true) return null
      return {
        email: payload.email.trim().toLowerCase(),
        subject: typeof payload.sub === 'string' && payload.sub.length <= 64 ? payload.sub : null,
        identification: identificationOf(payload),
      }
    } catch {
      return null
    }
  }
}
