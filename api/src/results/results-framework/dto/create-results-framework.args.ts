import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { NullableText, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateResultsFrameworkArgs {
  @Field()
  @RequiredText(300)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => LocalDateScalar)
  @IsString()
  startDate: string;

  @Field(() => LocalDateScalar)
  @IsString()
  endDate: string;
}
