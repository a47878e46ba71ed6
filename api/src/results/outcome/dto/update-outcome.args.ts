import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import {
  NotNullWhenGiven,
  NullableText,
  RequiredId,
  UpdatableId,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class UpdateOutcomeArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => ID, { nullable: true })
  @UpdatableId()
  frameworkId?: string;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1)
  @Max(99)
  number?: number;

  @Field({ nullable: true })
  @UpdatableText(500)
  title?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;
}
