import { ApiError } from '../../../graphql/ApiError.js'
import type { Role } from './user.entity.js'

/** How strongly a session's person was identified, as the city's login said it (`loa`, `amr`); empty for a password. */
export interface Identification {
  loa: string | null
  amr: string[]
}

export const PASSWORD: Identification = { loa: null, amr: [] }

/** Staff who see children's personal data, whom the city may require to sign in strongly. */
const STAFF_WITH_CHILD_DATA: Role[] = ['teacher', 'coordinator', 'admin']

/** The claims of a token as an identification (`amr` may be one value or a list). */
export function identificationOf(claims: Record<string, unknown>): Identification {
  const amr = Array.isArray(claims.amr) ? claims.amr : typeof claims.amr === 'string' ? [claims.amr] : []
  return { loa: typeof claims.loa === 'string' ? claims.loa : null, amr: amr.filter((a): a is string => typeof a === 'string') }
}

/**
 * The city's rule for staff who see children's data: their session must carry one of the accepted
 * levels of assurance (`loa`, e.g. substantial, high) or authentication methods (`amr`, e.g. the
 * national identification's). Set by MUKANA_STAFF_ACCEPTED_LOA and MUKANA_STAFF_ACCEPTED_AMR.
 */
export class StrongAuthPolicy {
  constructor(
    readonly loa: string[],
    readonly amr: string[],
  ) {}

  /** Refuses (`auth/strong_identification_required`) a staff session that was not identified strongly enough. */
  check(role: Role, identification: Identification): void {
    if (!STAFF_WITH_CHILD_DATA.includes(role)) return
    const strong = (identification.loa !== null && this.loa.includes(identification.loa)) || identification.amr.some((method) => this.amr.includes(method))
    if (!strong)
      throw new ApiError('auth/strong_identification_required', "Staff who see children's data sign in with strong identification: use the city's login.")
  }
}
