import { jwtVerify, SignJWT } from 'jose'

const ISSUER = 'mukana'
/** How long a login lasts. */
export const SESSION_SECONDS = 12 * 60 * 60
// Calendar feeds have their own issuer, so that a feed token never passes as a login.
const FEED_ISSUER = 'mukana-calendar'

/** Signs and checks the session tokens of email-and-password logins (HS256). */
export class Tokens {
  private readonly key: Uint8Array

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('the token secret must be at least 32 characters')
    this.key = new TextEncoder().encode(secret)
  }

  sign(userId: number): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${SESSION_SECONDS}s`)
      .sign(this.key)
  }

  /** A calendar app's lasting, read-only token for one child's hobby calendar. */
  signFeed(childId: number): Promise<string> {
    return new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(String(childId)).setIssuer(FEED_ISSUER).setIssuedAt().sign(this.key)
  }

  /** The pupil id of a valid feed token, else null. */
  verifyFeed(token: string): Promise<number | null> {
    return this.subject(token, FEED_ISSUER)
  }

  /** The user id of a valid token, or null for anything else (expired, forged, malformed). */
  verify(token: string): Promise<number | null> {
    return this.subject(token, ISSUER)
  }

  private async subject(token: string, issuer: string): Promise<number | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'] })
      const id = Number(payload.sub)
      return Number.isSafeInteger(id) ? id : null
    } catch {
      return null
    }
  }
}
