import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { LoginAttemptEntity } from './loginAttempt.entity.js'

export interface LoginLimits {
  /** Failed attempts per account (e-mail) in the window; then the account refuses logins until the window passes. */
  perAccount: number
  /** Failed attempts per client address in the window (guessing across many accounts). */
  perAddress: number
  windowMinutes: number
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 10, perAddress: 100, windowMinutes: 15 }

/**
 * Limits password guessing per account and per address. Each attempt is written down **before** its
 * password is checked and then counted, so simultaneous attempts see each other: however many arrive
 * at once, at most `perAccount` of them reach the password check. A success wipes its account's count;
 * a failure stays until the window passes.
 */
export class LoginThrottle {
  constructor(readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {}

  /** Records the attempt, or refuses it (`auth/too_many_attempts`) when either key is over its limit. */
  async admit(em: EntityManager, email: string, address: string): Promise<Attempt> {
    const now = new Date()
    const since = new Date(now.getTime() - this.limits.windowMinutes * 60_000)
    const keys = { account: `account:${email}`, address: `address:${address}` }
    await em.nativeDelete(LoginAttemptEntity, { at: { $lt: since } })
    const ids = await em.insertMany(LoginAttemptEntity, [
      { key: keys.account, at: now },
      { key: keys.address, at: now },
    ])
    const counts = await Promise.all([keys.account, keys.address].map((key) => em.count(LoginAttemptEntity, { key, at: { $gte: since } })))
    if (counts[0]! > this.limits.perAccount || counts[1]! > this.limits.perAddress) {
      throw new ApiError('auth/too_many_attempts', `Too many login attempts: try again in ${this.limits.windowMinutes} minutes.`)
    }
    return {
      succeeded: async () => {
        await em.nativeDelete(LoginAttemptEntity, { $or: [{ key: keys.account }, { id: { $in: ids.map(Number) } }] })
      },
    }
  }
}

export interface Attempt {
  /** The password was right: the account's failures no longer count. */
  succeeded(): Promise<void>
}
