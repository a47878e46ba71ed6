import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateWorkAreaArgs {
  @Field(() => ID)
  @RequiredId()
  officeId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(999)
  number: number;

  @Field()
  @RequiredText(500)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;
}
