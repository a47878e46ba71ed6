import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateImplementationPlanArgs {
  @Field(() => ID)
  @RequiredId()
  programmeId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year: number;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  notes?: string | null;
}
