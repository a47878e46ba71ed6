import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

/** The reviewer's comment on one indicator result line of the report: the line is flagged. */
@InputType('ResultCommentInput')
export class ResultCommentInput {
  @Field(() => ID, { description: 'An indicator result carried by the report' })
  @RequiredId()
  resultId: string;

  @Field()
  @RequiredText(MAX_NARRATIVE)
  comment: string;
}
