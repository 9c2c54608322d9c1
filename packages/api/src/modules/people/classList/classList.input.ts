import { Field, ID, InputType } from 'type-graphql'
import { FileText } from '../../../graphql/checkInput.js'

/** The largest class list read: a whole city's third grade several times over, within the 1 MB request. */
export const MOST_CSV_CHARACTERS = 900_000

@InputType('ImportPupilsInput')
export class ImportPupilsInput {
  @Field(() => ID)
  schoolId!: string

  @FileText(MOST_CSV_CHARACTERS)
  @Field(() => String, { description: 'The class list as exported by the school system: CSV, comma or semicolon, UTF-8 (see docs/class-list.md).' })
  csv!: string

  @Field(() => Boolean, { description: 'Check only: the report, and nothing written.' })
  dryRun!: boolean
}

@InputType('ImportLessonsInput')
export class ImportLessonsInput {
  @Field(() => ID)
  schoolId!: string

  @FileText(MOST_CSV_CHARACTERS)
  @Field(() => String, {
    description: 'The timetable as exported by the school system: one row per lesson, with its class, weekday and times (see docs/class-list.md).',
  })
  csv!: string

  @Field(() => Boolean, { description: 'Check only: the report, and nothing written.' })
  dryRun!: boolean
}
