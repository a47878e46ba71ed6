import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { NotNullWhenGiven, NullableText, RequiredId, UpdatableText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class UpdateResultsFrameworkArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ nullable: true })
  @UpdatableText(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @NotNullWhenGiven()
  @IsString()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @NotNullWhenGiven()
  @IsString()
  endDate?: string;
}
