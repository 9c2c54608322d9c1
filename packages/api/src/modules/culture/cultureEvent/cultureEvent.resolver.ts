import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { LocalizedText } from '../../../graphql/LocalizedText.js'
import { descriptionsOf, namesOf } from '../../../graphql/translations.js'
import { currentUser, type Context } from '../../../graphql/context.js'
import { InstitutionType } from '../institution/institution.type.js'
import { INVITATIONS, MOST_ADULTS, SMALLEST_PARTY, type CultureEvent, type Occurrence } from './cultureEvent.entity.js'
import { PublishCultureEventInput } from './cultureEvent.input.js'
import { CultureEventType, InvitationKindType, OccurrenceType } from './cultureEvent.type.js'
import { findInstitutionEvents, findInvitedEvents, findOccurrenceRoster } from './findEvents.js'
import { EventEnrolmentType } from '../eventEnrolment/eventEnrolment.type.js'
import { publishCultureEvent } from './publishCultureEvent.js'
import { hasStarted } from './hasStarted.js'
import { seatsLeft } from '../../seats/index.js'

@Resolver(() => CultureEventType)
export class CultureEventResolver {
  @Authorized('guardian')
  @Query(() => [CultureEventType], { description: "The events a guardian's child is invited to: its track's institution's, this year and later." })
  invitedEvents(@Ctx() context: Context, @Arg('childId', () => ID) childId: string) {
    return findInvitedEvents(context.em, currentUser(context), Number(childId))
  }

  @Authorized('institution')
  @Query(() => [CultureEventType], { description: "Institution staff: their institution's events." })
  institutionEvents(@Ctx() context: Context) {
    return findInstitutionEvents(context.em, currentUser(context))
  }

  @Authorized('institution')
  @Query(() => [EventEnrolmentType], { description: "Institution staff: the families coming to an occurrence of their institution's event." })
  occurrenceRoster(@Ctx() context: Context, @Arg('occurrenceId', () => ID) occurrenceId: string) {
    return findOccurrenceRoster(context.em, currentUser(context), Number(occurrenceId))
  }

  @Authorized('institution')
  @Mutation(() => CultureEventType, { description: 'Institution staff publish an event with its occurrences.' })
  publishCultureEvent(@Ctx() context: Context, @Arg('input', () => PublishCultureEventInput) input: PublishCultureEventInput) {
    return publishCultureEvent(context.em, currentUser(context), input)
  }

  @Query(() => [InvitationKindType], { description: 'The invitations an event may carry, and the party each admits.' })
  invitationKinds() {
    return INVITATIONS.map((invitation) => ({ invitation, maxAdults: MOST_ADULTS[invitation] }))
  }

  @FieldResolver(() => LocalizedText, { description: 'The name in Finnish, and in Swedish and English when given (fall back to Finnish).' })
  names(@Root() row: { name: string; nameSv: string | null; nameEn: string | null }): LocalizedText {
    return namesOf(row)
  }

  @FieldResolver(() => LocalizedText, { description: 'The description in Finnish, and in Swedish and English when given.' })
  descriptions(@Root() row: { description: string; descriptionSv: string | null; descriptionEn: string | null }): LocalizedText {
    return descriptionsOf(row)
  }

  @FieldResolver(() => Int)
  maxAdults(@Root() event: CultureEvent) {
    return MOST_ADULTS[event.invitation]
  }

  @FieldResolver(() => InstitutionType)
  institution(@Root() event: CultureEvent, @Ctx() { loaders }: Context) {
    return loaders.institution.load(event.institution.id)
  }

  @FieldResolver(() => [OccurrenceType])
  occurrences(@Root() event: CultureEvent, @Ctx() { loaders }: Context) {
    return loaders.occurrencesOfEvent.load(event.id)
  }
}

/** The rules of an occurrence's places, as fields: clients show them without knowing the rules. */
@Resolver(() => OccurrenceType)
export class OccurrenceResolver {
  @FieldResolver(() => Int, { description: 'Places still free (children and adults).' })
  seatsLeft(@Root() occurrence: Occurrence) {
    return seatsLeft(occurrence)
  }

  @FieldResolver(() => Boolean, {
    description: 'Too few places left for the smallest party (a child and an adult): families may subscribe to hear when places free.',
  })
  full(@Root() occurrence: Occurrence) {
    return seatsLeft(occurrence) < SMALLEST_PARTY
  }

  @FieldResolver(() => Boolean, { description: 'It has started or taken place: no enrolling, no subscribing.' })
  past(@Root() occurrence: Occurrence) {
    return hasStarted(occurrence)
  }
}
