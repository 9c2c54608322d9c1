import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { WeeklySessionType } from '../../../graphql/WeeklySession.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'
import { LessonsImportReportType, type LessonsImportReport } from '../../people/index.js'
import { findClashes } from './findClashes.js'

@ObjectType('LessonClash', { description: "A school-day group placed into a class's timetable that a lesson of the new week would meet." })
export class LessonClashType {
  @Field(() => String)
  className!: string

  @Field(() => HobbyGroupType)
  group!: HobbyGroup

  @Field(() => WeeklySessionType, { description: "The group's session." })
  session!: WeeklySessionType

  @Field(() => WeeklySessionType, { description: 'The lesson it meets.' })
  lesson!: WeeklySessionType
}

/** The schedule's field on a timetable import: which placed school-day groups the new lessons would meet. */
@Resolver(() => LessonsImportReportType)
export class LessonClashesResolver {
  @FieldResolver(() => [LessonClashType], {
    description: 'School-day groups already placed into the classes that a lesson of the file would meet: the teacher takes them out, or the club moves them.',
  })
  async clashes(@Root() report: LessonsImportReport, @Ctx() { loaders }: Context): Promise<LessonClashType[]> {
    const placed = await Promise.all(report.weeks.map((week) => loaders.activitiesOfClass.load(week.classId)))
    return report.weeks.flatMap((week, i) =>
      placed[i]!.flatMap((group) =>
        findClashes(group, week.lessons, []).map((clash) => ({ className: week.className, group, session: clash.session, lesson: clash.lesson! })),
      ),
    ) as LessonClashType[]
  }
}
