import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { LineCommentInput } from '#src/dwcp/progress-report/dto/line-comment.input.js';
import { ResultCommentInput } from '#src/dwcp/progress-report/dto/result-comment.input.js';

@ArgsType()
export class ReturnProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ description: 'Required: why the report goes back' })
  @RequiredText(MAX_NARRATIVE)
  reason: string;

  @Field(() => [LineCommentInput], { nullable: true, description: 'Lines to flag, with the reviewer’s comment' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LineCommentInput)
  lineComments?: LineCommentInput[];

  @Field(() => [ResultCommentInput], {
    nullable: true,
    description: 'Indicator result lines to flag, with the reviewer’s comment',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ResultCommentInput)
  resultComments?: ResultCommentInput[];
}
