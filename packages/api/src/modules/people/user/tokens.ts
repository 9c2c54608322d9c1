import { createSigner, createVerifier } from 'fast-jwt'
import { identificationOf, PASSWORD, type Identification } from './identification.js'

const ISSUER = 'mukana'
/** How long a login lasts. */
export const SESSION_SECONDS = 12 * 60 * 60

/** What a valid session token says: whose it is, and how strongly they were identified. */
export interface TokenSession {
  userId: number
  identification: Identification
}

/**
 * Signs and checks the session tokens of email-and-password logins (HS256). Every request checks one,
 * so the check is node:crypto's synchronous HMAC (fast-jwt), not a WebCrypto job and its promises.
 */
export class Tokens {
  private readonly signer: (claims: Record<string, unknown>) => string
  private readonly verifier: (token: string) => Record<string, unknown>

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('the token secret must be at least 32 characters')
    this.signer = createSigner({ key: secret, algorithm: 'HS256', iss: ISSUER, expiresIn: SESSION_SECONDS * 1000 })
    this.verifier = createVerifier({ key: secret, algorithms: ['HS256'], allowedIss: ISSUER, requiredClaims: ['sub', 'exp'] })
  }

  /** A session of the user, carrying how strongly the person was identified (for the staff rule). */
  sign(userId: number, identification: Identification = PASSWORD): string {
    return this.signer({
      sub: String(userId),
      ...(identification.loa ? { loa: identification.loa } : {}),
      ...(identification.amr.length ? { amr: identification.amr } : {}),
    })
  }

  /** The user id and identification of a valid session token, or null for anything else (expired, forged, malformed). */
  verify(token: string): TokenSession | null {
    let claims: Record<string, unknown>
    try {
      claims = this.verifier(token)
    } catch {
      return null
    }
    const userId = Number(claims.sub)
    return typeof claims.sub === 'string' && Number.isSafeInteger(userId) ? { userId, identification: identificationOf(claims) } : null
  }
}
