import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@InputType('LineCommentInput')
export class LineCommentInput {
  @Field(() => ID)
  @RequiredId()
  lineId: string;

  @Field()
  @RequiredText(MAX_NARRATIVE)
  comment: string;
}
