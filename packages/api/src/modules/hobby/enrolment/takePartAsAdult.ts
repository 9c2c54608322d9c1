import type { EntityManager } from '@mikro-orm/core'
import { ApiError } from '../../../graphql/ApiError.js'
import { guardsChild, type Account } from '../../people/index.js'
import { releaseSeats, takeSeats } from '../../seats/index.js'
import { ADULT_PLACES, HobbyGroupEntity } from '../hobbyGroup/hobbyGroup.entity.js'
import { EnrolmentEntity, type Enrolment } from './enrolment.entity.js'

/**
 * A guardian signs up to take part with their child in a family group, or steps back. The adult's place
 * is taken with the enrolment's change in one transaction, by a conditional update of the group's adult
 * places (modules/seats): however many families ask at once, the adults never outnumber the places.
 * Asking twice for the same changes nothing.
 */
export async function takePartAsAdult(em: EntityManager, user: Account, enrolmentId: number, takingPart: boolean): Promise<Enrolment> {
  const enrolment = await em.findOne(EnrolmentEntity, { id: enrolmentId }, { populate: ['group'] })
  await guardsChild(em, user, enrolment?.child.id ?? -1)
  if (!enrolment || enrolment.status !== 'enrolled') throw new ApiError('enrolment/not_enrolled', 'This enrolment is not active.')
  // Stepping back is always allowed (it changes nothing where nobody took part); taking part, only in a family group.
  if (takingPart && !enrolment.group.familyGroup) throw new ApiError('enrolment/not_family_group', `${enrolment.group.name} is not a family group.`)
  const groupId = enrolment.group.id
  await em.transactional(async (tx) => {
    const [from, to] = takingPart ? [0, 1] : [1, 0]
    const changed = await tx.nativeUpdate(EnrolmentEntity, { id: enrolmentId, status: 'enrolled', adults: from }, { adults: to })
    if (changed === 0) return
    if (!takingPart) return releaseSeats(tx, HobbyGroupEntity, groupId, 1, ADULT_PLACES)
    if (!(await takeSeats(tx, HobbyGroupEntity, groupId, 1, ADULT_PLACES)))
      throw new ApiError('enrolment/adult_places_full', `The places for adults in ${enrolment.group.name} are taken.`)
  })
  return em.findOneOrFail(EnrolmentEntity, { id: enrolmentId }, { refresh: true })
}
