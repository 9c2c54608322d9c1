import { jwtVerify, SignJWT } from 'jose'

const ISSUER = 'mukana'
/** How long a login lasts. */
export const SESSION_SECONDS = 12 * 60 * 60

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
