import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { currentUser, type Context } from '../../../graphql/context.js'
import { HobbyGroupType } from '../hobbyGroup/hobbyGroup.type.js'
import type { Survey } from './survey.entity.js'
import { AnswerSurveyInput, OpenSurveyInput } from './survey.input.js'
import { answerSurvey, answerWithCode, closeSurvey, findVisibleSurveys, openSurvey } from './survey.service.js'
import { issueSurveyCodes, reissueSurveyCode } from './issueSurveyCodes.js'
import { PupilSurveyType, SurveyAnswerType, SurveyCodeType, SurveyType } from './survey.type.js'
import { findPupilSurvey, findSurveyForCode } from './findPupilSurvey.js'
import { setSurveyTargeting } from './setSurveyTargeting.js'
import { SurveyTargetingInput, SurveyTargetingType } from './targeting.type.js'
import { targetingOf } from './targeting.js'
import { AreaType } from '../../people/index.js'

@Resolver(() => SurveyType)
export class SurveyResolver {
  @Authorized('guardian', 'teacher', 'coordinator')
  @Query(() => [SurveyType], { description: "Coordinators: their area's; teachers: their school's area's; guardians: their children's." })
  surveys(@Ctx() context: Context) {
    return findVisibleSurveys(context.em, currentUser(context))
  }

  @Authorized('guardian')
  @Query(() => PupilSurveyType, { description: "A guardian's view of a survey for their child: the groups to rank and the answer so far." })
  pupilSurvey(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string, @Arg('childId', () => ID) childId: string) {
    return findPupilSurvey(context.em, currentUser(context), Number(surveyId), Number(childId))
  }

  @Query(() => PupilSurveyType, { description: 'What a pupil sees at school after typing the one-time code (no login).' })
  surveyForCode(@Ctx() { em }: Context, @Arg('code', () => String) code: string) {
    return findSurveyForCode(em, code)
  }

  @Authorized('coordinator')
  @Mutation(() => SurveyType)
  openSurvey(@Ctx() context: Context, @Arg('input', () => OpenSurveyInput) input: OpenSurveyInput) {
    return openSurvey(context.em, currentUser(context), input)
  }

  @Authorized('coordinator')
  @Mutation(() => SurveyType, { description: 'Closes an open survey now.' })
  closeSurvey(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string) {
    return closeSurvey(context.em, currentUser(context), Number(surveyId))
  }

  @Authorized('coordinator')
  @Mutation(() => SurveyType, { description: "Sets whom the survey's match reaches first (reserves in order, targeted districts), until a run is published." })
  setSurveyTargeting(
    @Ctx() context: Context,
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('input', () => SurveyTargetingInput) input: SurveyTargetingInput,
  ) {
    return setSurveyTargeting(context.em, currentUser(context), Number(surveyId), input)
  }

  @Authorized('guardian')
  @Mutation(() => SurveyAnswerType, { description: 'A guardian answers for their child, or changes the answer, while the survey is open.' })
  answerSurvey(@Ctx() context: Context, @Arg('input', () => AnswerSurveyInput) input: AnswerSurveyInput) {
    return answerSurvey(context.em, currentUser(context), input)
  }

  @Authorized('teacher')
  @Mutation(() => [SurveyCodeType], {
    description: 'A teacher gets one-time codes for the pupils of a class: the codes already handed out stay, pupils without one get one.',
  })
  issueSurveyCodes(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string, @Arg('classId', () => ID) classId: string) {
    return issueSurveyCodes(context.em, currentUser(context), Number(surveyId), Number(classId))
  }

  @Authorized('teacher')
  @Mutation(() => SurveyCodeType, { description: "A lost slip: a new code for one pupil; the pupil's old code stops working." })
  reissueSurveyCode(@Ctx() context: Context, @Arg('surveyId', () => ID) surveyId: string, @Arg('childId', () => ID) childId: string) {
    return reissueSurveyCode(context.em, currentUser(context), Number(surveyId), Number(childId))
  }

  @Mutation(() => SurveyAnswerType, { description: "A pupil answers at school with a one-time code; the guardian's consent is still needed." })
  answerSurveyWithCode(
    @Ctx() { em }: Context,
    @Arg('code', () => String) code: string,
    @Arg('ranking', () => [ID]) ranking: string[],
    @Arg('regularHobby', () => Boolean, { nullable: true, description: 'Does the pupil have a regular hobby now?' }) regularHobby?: boolean | null,
  ) {
    return answerWithCode(em, code, ranking, regularHobby ?? null)
  }

  @FieldResolver(() => SurveyTargetingType)
  targeting(@Root() survey: Survey) {
    return targetingOf(survey)
  }

  @FieldResolver(() => AreaType)
  area(@Root() survey: Survey, @Ctx() { loaders }: Context) {
    return loaders.area.load(survey.area.id)
  }

  @FieldResolver(() => [HobbyGroupType], { description: 'The groups to rank.' })
  groups(@Root() survey: Survey, @Ctx() { loaders }: Context) {
    return loaders.offeredGroups.load(survey)
  }

  @FieldResolver(() => Int, { description: 'Answers given so far.' })
  answerCount(@Root() survey: Survey, @Ctx() { loaders }: Context) {
    return loaders.answerCount.load(survey.id)
  }
}
