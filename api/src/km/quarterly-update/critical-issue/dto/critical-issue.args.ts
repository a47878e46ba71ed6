import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotNullWhenGiven, RequiredId, RequiredText, UpdatableText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateCriticalIssueArgs {
  @Field(() => ID)
  @RequiredId()
  updateId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to after the last issue' })
  @IsOptional()
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

/** An issue stays in its update. */
@ArgsType()
export class UpdateCriticalIssueArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;

  @Field({ nullable: true })
  @UpdatableText(500)
  title?: string;

  @Field({ nullable: true })
  @UpdatableText(MAX_NARRATIVE)
  description?: string;
}
