import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import {
  NotNullWhenGiven,
  NullableText,
  RequiredId,
  RequiredText,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NAME, MAX_NARRATIVE } from '#src/common/validation/limits.js';

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
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_REACH)
  reach?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  summary?: string | null;
}

/** A discussion stays with its community. */
@ArgsType()
export class UpdateCopDiscussionArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @NotNullWhenGiven()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @NotNullWhenGiven()
  endDate?: string;

  @Field({ nullable: true })
  @UpdatableText(500)
  topic?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NAME)
  moderator?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_REACH)
  reach?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  summary?: string | null;
}
