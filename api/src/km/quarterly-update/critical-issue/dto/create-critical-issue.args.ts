import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { Defaulted, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateCriticalIssueArgs {
  @Field(() => ID)
  @RequiredId()
  updateId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the list, from 1; created without one: after the last issue',
  })
  @Defaulted()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;

  @Field()
  @RequiredText(500)
  title: string;

  @Field()
  @RequiredText(MAX_NARRATIVE)
  description: string;
}
