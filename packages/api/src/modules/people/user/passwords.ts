import { hash, verify } from '@node-rs/argon2'

/** argon2id with the library's defaults (19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

/**
 * An argon2id hash (same parameters as hashPassword) of a random password nobody knows: checked when the
 * email names no account, so that the refusal takes as long as a wrong password.
 */
export const NO_ACCOUNT_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZDPtjSyIVGWVjgdDW40gxA$Q0+55xT6vPOzSzuRWHOVIA6mfil8ggwVY32HXUP02po'

export async function passwordMatches(hashed: string | null, password: string): Promise<boolean> {
  if (!hashed) return false
  try {
    return await verify(hashed, password)
  } catch {
    return false
  }
}
