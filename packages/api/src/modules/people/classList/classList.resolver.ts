import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { AREA_WIDE } from '../../../graphql/maxCost.js'
import { ImportPupilsInput } from './classList.input.js'
import { ImportReportType } from './classList.type.js'
import { importPupils } from './importPupils.js'

@Resolver(() => ImportReportType)
export class ClassListResolver {
  @Authorized('admin', 'coordinator')
  @Mutation(() => ImportReportType, {
    complexity: AREA_WIDE,
    description: "A school's class list: pupils and their guardians created or updated by the school system's pupil key. Dry run first.",
  })
  importPupils(@Ctx() context: Context, @Arg('input', () => ImportPupilsInput) input: ImportPupilsInput) {
    return importPupils(context.em, currentUser(context), { schoolId: Number(input.schoolId), csv: input.csv, dryRun: input.dryRun })
  }
}
