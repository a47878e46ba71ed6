import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { MAX_NAME, MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { Clearable, NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';

const MAX_REACH = 100_000_000;

@ArgsType()
export class CreateCopDiscussionArgs {
  @Field(() => ID)
  @RequiredId()
  communityId: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field()
  @RequiredText(500)
  topic: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NAME)
  moderator?: string | null;

  @Field(() => Int, { nullable: true })
  @Clearable()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_REACH)
  reach?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  summary?: string | null;
}
