import type { EntityManager } from '@mikro-orm/core'
import { byChild, daysBefore, leaf, type PersonalDataPart } from '../../../privacy/PersonalData.js'
import { ChildEntity } from './child.entity.js'
import { LoginAttemptEntity } from '../user/loginAttempt.entity.js'

/** What an erased child is called where a name must be shown (a coordinator's list of placements). */
export const ERASED_NAME = '–'

/**
 * The child record itself (and a guardian's login attempts). Erasure removes the names; gender, home languages, district, birth year
 * and class stay, without a name, for the indicators (the research export suppresses small cells).
 */
export const childPersonalData: PersonalDataPart = {
  async childNodes(em, childIds) {
    const children = await em.find(ChildEntity, { id: { $in: childIds } }, { populate: ['schoolClass', 'schoolClass.school'] })
    return byChild(
      childIds,
      children,
      (child) => child.id,
      (child) => ({
        key: 'PERSON',
        children: [
          ...leaf('FIRST_NAME', child.firstName),
          ...leaf('LAST_NAME', child.lastName),
          ...leaf('GENDER', child.gender),
          ...leaf('HOME_LANGUAGES', child.homeLanguages.join(', ')),
          ...leaf('DISTRICT', child.district),
          ...leaf('BIRTH_YEAR', child.birthYear),
          ...leaf('SCHOOL_CLASS', child.schoolClass ? `${child.schoolClass.school.name} ${child.schoolClass.name}` : null),
        ],
      }),
    )
  },
  async blockers() {
    return []
  },
  async erase(em: EntityManager, childIds) {
    await em.nativeUpdate(ChildEntity, { id: { $in: childIds } }, { firstName: ERASED_NAME, lastName: null })
  },
  async eraseGuardian(em, _userId, email) {
    await em.nativeDelete(LoginAttemptEntity, { key: `account:${email}` })
  },
  // A child on a school's class list is one the school still has.
  async activeChildren(em) {
    const placed = await em.find(ChildEntity, { schoolClass: { $ne: null } }, { fields: ['id'] })
    return new Set(placed.map((child) => child.id))
  },
  async retain(em, periods, now, dryRun) {
    const old = { at: { $lt: daysBefore(now, periods.loginAttempts) } }
    return { loginAttempts: dryRun ? await em.count(LoginAttemptEntity, old) : await em.nativeDelete(LoginAttemptEntity, old) }
  },
}
