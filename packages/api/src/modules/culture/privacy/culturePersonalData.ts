import { byChild, daysBefore, leaf, type DataNode, type ErasureBlocker, type PersonalDataPart } from '../../../privacy/PersonalData.js'
import { latestByChild } from '../../../privacy/latestByChild.js'
import { runSql } from '../../../db/runSql.js'
import { sqlValue } from '../../../db/insertRows.js'
import { updateTable } from '../../../db/updateTable.js'
import { OccurrenceEntity } from '../cultureEvent/cultureEvent.entity.js'
import { ArtFieldEntity } from '../artField/artField.entity.js'
import { EventEnrolmentEntity, FreeSpotSubscriptionEntity } from '../eventEnrolment/eventEnrolment.entity.js'
import { TrackEntity } from '../track/track.entity.js'
import { ChildEntity } from '../../people/index.js'

/**
 * A child's culture registration, track, event enrolments (tickets) and free-spot subscriptions.
 * Erasure keeps the registration, track and enrolments (they count in the indicators, nameless) and
 * deletes the subscriptions.
 */
export const culturePersonalData: PersonalDataPart = {
  async childNodes(em, childIds) {
    const [children, enrolments, subscriptions, fields] = await Promise.all([
      em.find(ChildEntity, { id: { $in: childIds }, registeredAt: { $ne: null } }),
      em.find(EventEnrolmentEntity, { child: { $in: childIds } }, { populate: ['occurrence', 'occurrence.event'], orderBy: { id: 'asc' } }),
      em.find(FreeSpotSubscriptionEntity, { child: { $in: childIds } }, { populate: ['occurrence', 'occurrence.event'], orderBy: { id: 'asc' } }),
      em.find(ArtFieldEntity, {}),
    ])
    const fieldCode = new Map(fields.map((field) => [field.id, field.code]))
    const trackIds = children.flatMap((child) => (child.track ? [child.track.id] : []))
    const tracks = new Map((await em.find(TrackEntity, { id: { $in: trackIds } }, { populate: ['institution', 'field'] })).map((track) => [track.id, track]))
    const nodes = new Map<number, DataNode[]>(childIds.map((id) => [id, []]))
    for (const child of children) {
      const track = child.track ? tracks.get(child.track.id) : undefined
      nodes.get(child.id)!.push({
        key: 'CULTURE_REGISTRATION',
        children: [
          ...leaf('REGISTERED_AT', child.registeredAt),
          ...leaf('WISHED_FIELDS', child.fieldRanking.map((id) => fieldCode.get(id) ?? `#${id}`).join(', ')),
          ...leaf('TRACK', track ? `${track.field.code}: ${track.institution.name}` : null),
        ],
      })
    }
    const tickets = byChild(
      childIds,
      enrolments,
      (e) => e.child.id,
      (enrolment) => ({
        key: 'EVENT_ENROLMENT',
        children: [
          ...leaf('EVENT', enrolment.occurrence.event.name),
          ...leaf('STARTS_AT', enrolment.occurrence.startsAt),
          ...leaf('ADULTS', enrolment.adults),
          ...leaf('STATUS', enrolment.status),
          ...leaf('CHECKED_IN_AT', enrolment.checkedInAt),
        ],
      }),
    )
    const waits = byChild(
      childIds,
      subscriptions,
      (s) => s.child.id,
      (subscription) => ({
        key: 'FREE_SPOT_SUBSCRIPTION',
        children: [...leaf('EVENT', subscription.occurrence.event.name), ...leaf('STARTS_AT', subscription.occurrence.startsAt)],
      }),
    )
    for (const id of childIds) {
      if (tickets.get(id)!.length) nodes.get(id)!.push({ key: 'EVENT_ENROLMENTS', children: tickets.get(id) })
      if (waits.get(id)!.length) nodes.get(id)!.push({ key: 'FREE_SPOT_SUBSCRIPTIONS', children: waits.get(id) })
    }
    return nodes
  },

  async blockers(em, childIds, now) {
    const upcoming = await em.count(EventEnrolmentEntity, { child: { $in: childIds }, status: 'enrolled', occurrence: { startsAt: { $gt: now } } })
    const blockers: ErasureBlocker[] = []
    if (upcoming > 0)
      blockers.push({
        code: 'EVENT_UPCOMING',
        message: {
          fi: 'Lapsi on ilmoittautunut tulevaan kulttuuritapahtumaan. Peru ilmoittautuminen ensin.',
          sv: 'Barnet är anmält till ett kommande kulturevenemang. Avboka anmälan först.',
          en: 'The child is enrolled in an upcoming culture event. Cancel the enrolment first.',
        },
      })
    return blockers
  },

  async erase(em, childIds) {
    await em.nativeDelete(FreeSpotSubscriptionEntity, { child: { $in: childIds } })
  },

  async lastActivity(em) {
    return latestByChild(
      em,
      `select child_id, max(at) as at from (
         select id as child_id, registered_at as at from child where registered_at is not null
         union all select e.child_id, o.starts_at as at from event_enrolment e join occurrence o on o.id = e.occurrence_id
       ) activity group by child_id`,
    )
  },

  // The programme runs seven years from birth: a registered child of a running cohort is served still.
  async activeChildren(em, now) {
    const rows = await runSql<{ child_id: number }[]>(
      em,
      `select id as child_id from child where registered_at is not null and birth_year >= ?
       union select e.child_id from event_enrolment e join occurrence o on o.id = e.occurrence_id where e.status = 'enrolled' and o.starts_at > ?`,
      [now.getUTCFullYear() - 7, sqlValue(em)(now)],
    )
    return new Set(rows.map((row) => Number(row.child_id)))
  },

  // A ticket's code opens the door: past events' codes are voided, and their free-spot subscriptions go.
  async retain(em, periods, now, dryRun) {
    const past = await em.find(OccurrenceEntity, { startsAt: { $lt: daysBefore(now, periods.tickets) } }, { fields: ['id'] })
    const occurrences = past.map((occurrence) => occurrence.id)
    const waits = { occurrence: { $in: occurrences } }
    // In one statement: a year's events are tens of thousands of tickets.
    const live = `ticket_code not like 'void-%' and occurrence_id in (select id from occurrence where starts_at < ?)`
    const cutoff = sqlValue(em)(daysBefore(now, periods.tickets))
    if (dryRun) {
      const [{ n }] = await runSql<{ n: number | string }[]>(em, `select count(*) as n from event_enrolment where ${live}`, [cutoff])
      return { tickets: Number(n) + (await em.count(FreeSpotSubscriptionEntity, waits)) }
    }
    const voided = await updateTable(em, EventEnrolmentEntity, `set ticket_code = 'void-' || id where ${live}`, [cutoff])
    return { tickets: voided + (await em.nativeDelete(FreeSpotSubscriptionEntity, waits)) }
  },
}
