import { ArgsType, Field, ID } from '@nestjs/graphql';
import { NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NAME, MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateQuarterlyUpdateArgs {
  @Field(() => ID)
  @RequiredId()
  officeId: string;

  @Field(() => ID, { description: 'A quarter; one update per office and quarter' })
  @RequiredId()
  periodId: string;

  @Field()
  @RequiredText(MAX_NAME)
  authors: string;

  @Field()
  @RequiredText(MAX_NAME)
  areaOfWork: string;

  @Field()
  @RequiredText(MAX_NARRATIVE)
  executiveSummary: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  milestonesIntro?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  workInProgressIntro?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  workInProgressConclusion?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  issuesIntro?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  contactsIntro?: string | null;
}
