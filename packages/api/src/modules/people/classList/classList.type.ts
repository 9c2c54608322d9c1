import { Field, Int, ObjectType, registerEnumType } from 'type-graphql'

export const ImportProblemCodeEnum = {
  UNREADABLE: 'unreadable',
  EMPTY: 'empty',
  TOO_MANY_ROWS: 'too_many_rows',
  MISSING_COLUMN: 'missing_column',
  REQUIRED: 'required',
  TOO_LONG: 'too_long',
  BAD_GENDER: 'bad_gender',
  BAD_LANGUAGE: 'bad_language',
  BAD_EMAIL: 'bad_email',
  BAD_PHONE: 'bad_phone',
  GUARDIAN_EMAIL_MISSING: 'guardian_email_missing',
  DUPLICATE_KEY: 'duplicate_key',
  UNKNOWN_CLASS: 'unknown_class',
  NOT_A_GUARDIAN: 'not_a_guardian',
  BAD_DAY: 'bad_day',
  BAD_TIME: 'bad_time',
  END_BEFORE_START: 'end_before_start',
  TOO_MANY_LESSONS: 'too_many_lessons',
} as const
registerEnumType(ImportProblemCodeEnum, {
  name: 'ImportProblemCode',
  description: 'What is wrong with a cell of a class list or a timetable; the web app says it in the user’s language.',
})

@ObjectType('ImportProblem')
export class ImportProblemType {
  @Field(() => Int, { description: "The file's line; 1 is the header." })
  line!: number

  @Field(() => String, { description: "The column's header as written in the file." })
  column!: string

  @Field(() => ImportProblemCodeEnum)
  code!: string

  @Field(() => String, { description: "The cell's value, where there is one." })
  value!: string
}

@ObjectType('ImportReport', { description: 'What a class-list import did, or would do (dry run); with any problem it writes nothing.' })
export class ImportReportType {
  @Field(() => Boolean)
  dryRun!: boolean

  @Field(() => Boolean, { description: 'The rows were stored.' })
  written!: boolean

  @Field(() => Int)
  rows!: number

  @Field(() => Int)
  created!: number

  @Field(() => Int)
  updated!: number

  @Field(() => Int)
  unchanged!: number

  @Field(() => Int)
  guardiansCreated!: number

  @Field(() => [ImportProblemType])
  problems!: ImportProblemType[]
}

@ObjectType('LessonsImportReport', { description: 'What a timetable import did, or would do (dry run); with any problem it writes nothing.' })
export class LessonsImportReportType {
  @Field(() => Boolean)
  dryRun!: boolean

  @Field(() => Boolean, { description: 'The lessons were stored.' })
  written!: boolean

  @Field(() => Int, { description: "The file's rows below the header." })
  rows!: number

  @Field(() => Int, { description: "Lessons read: each span of a class's week once." })
  lessons!: number

  @Field(() => Int, { description: 'Classes whose lessons the file replaces.' })
  classesUpdated!: number

  @Field(() => Int, { description: 'Classes whose lessons are already those of the file.' })
  classesUnchanged!: number

  @Field(() => [ImportProblemType])
  problems!: ImportProblemType[]
}
