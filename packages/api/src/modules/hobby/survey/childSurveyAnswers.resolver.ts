import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql'
import type { Context } from '../../../graphql/context.js'
import { type Child, ChildType } from '../../people/index.js'

@ObjectType('ChildSurveyAnswer', { description: "Where a child's answer to a survey stands, for the family's page." })
export class ChildSurveyAnswerType {
  @Field(() => ID)
  surveyId!: number

  @Field(() => Boolean, { description: 'False: the pupil answered at school, and a guardian has yet to check and consent.' })
  consent!: boolean

  @Field(() => Date)
  updatedAt!: Date
}

/** The hobby programme's field on a child for its guardians: its answers to surveys. */
@Resolver(() => ChildType)
export class ChildSurveyAnswersResolver {
  @Authorized('guardian')
  @FieldResolver(() => [ChildSurveyAnswerType], { description: 'The answers given for the child (by the pupil at school, or a guardian).' })
  async surveyAnswers(@Root() child: Child, @Ctx() { loaders }: Context): Promise<ChildSurveyAnswerType[]> {
    return (await loaders.answersOfChild.load(child.id)).map((answer) => ({ surveyId: answer.survey.id, consent: answer.consent, updatedAt: answer.updatedAt }))
  }
}
