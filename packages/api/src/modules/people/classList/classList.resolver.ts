import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { AREA_WIDE } from '../../../graphql/maxCost.js'
import { ImportLessonsInput, ImportPupilsInput } from './classList.input.js'
import { ImportReportType, LessonsImportReportType } from './classList.type.js'
import { importLessons } from './importLessons.js'
import { importPupils } from './importPupils.js'

@Resolver()
export class ClassListResolver {
  @Authorized('admin', 'coordinator')
  @Mutation(() => ImportReportType, {
    complexity: AREA_WIDE,
    description: "A school's class list: pupils and their guardians created or updated by the school system's pupil key. Dry run first.",
  })
  importPupils(@Ctx() context: Context, @Arg('input', () => ImportPupilsInput) input: ImportPupilsInput) {
    return importPupils(context.em, currentUser(context), { schoolId: Number(input.schoolId), csv: input.csv, dryRun: input.dryRun })
  }

  @Authorized('admin', 'coordinator')
  @Mutation(() => LessonsImportReportType, {
    complexity: AREA_WIDE,
    description: "A school's timetable: each class the file names gets exactly its lessons; the others keep theirs. Dry run first.",
  })
  importLessons(@Ctx() context: Context, @Arg('input', () => ImportLessonsInput) input: ImportLessonsInput) {
    return importLessons(context.em, currentUser(context), { schoolId: Number(input.schoolId), csv: input.csv, dryRun: input.dryRun })
  }
}
