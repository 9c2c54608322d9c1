import { webcrypto } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { identificationOf, PASSWORD, type Identification } from './identification.js'

const ISSUER = 'mukana'
/** How long a login lasts. */
export const SESSION_SECONDS = 12 * 60 * 60

/** Signs and checks the session tokens of email-and-password logins (HS256). */
export class Tokens {
  /** Imported once: given the raw bytes, jose imports the key again for every token. */
  private readonly key: Promise<webcrypto.CryptoKey>

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('the token secret must be at least 32 characters')
    this.key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
  }

  /** A session of the user, carrying how strongly the person was identified (for the staff rule). */
  async sign(userId: number, identification: Identification = PASSWORD): Promise<string> {
    return new SignJWT({ ...(identification.loa ? { loa: identification.loa } : {}), ...(identification.amr.length ? { amr: identification.amr } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${SESSION_SECONDS}s`)
      .sign(await this.key)
  }

  /** The user id and identification of a valid session token, or null for anything else (expired, forged, malformed). */
  async verify(token: string): Promise<{ userId: number; identification: Identification } | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] })
      const userId = Number(payload.sub)
      return Number.isSafeInteger(userId) ? { userId, identification: identificationOf(payload) } : null
    } catch {
      return null
    }
  }
}
