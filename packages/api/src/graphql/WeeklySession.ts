import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql'

/** GraphQL enum names for the stored day values. */
export const WeekdayEnum = { MON: 'mon', TUE: 'tue', WED: 'wed', THU: 'thu', FRI: 'fri', SAT: 'sat', SUN: 'sun' } as const
registerEnumType(WeekdayEnum, { name: 'Weekday' })

/** A span of the week, for both a class's lessons and a group's meetings. */
@ObjectType('WeeklySession', { description: 'A span of the week that repeats: a lesson, or a meeting of a group.' })
export class WeeklySessionType {
  @Field(() => WeekdayEnum)
  day!: string

  @Field(() => String, { description: 'HH:MM' })
  start!: string

  @Field(() => String, { description: 'HH:MM' })
  end!: string
}

@InputType('WeeklySessionInput', { description: 'A span of the week: a lesson, a meeting of a group, a free window.' })
export class WeeklySessionInput {
  @Field(() => WeekdayEnum)
  day!: string

  @Field(() => String)
  start!: string

  @Field(() => String)
  end!: string
}
