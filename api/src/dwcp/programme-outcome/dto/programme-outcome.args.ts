import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import {
  IdList,
  NotNullWhenGiven,
  NullableText,
  RequiredId,
  RequiredText,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateProgrammeOutcomeArgs {
  @Field(() => ID)
  @RequiredId()
  programmeId: string;

  @Field()
  @RequiredText(20)
  code: string;

  @Field()
  @RequiredText(500)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IdList(20)
  frameworkOutcomeIds?: string[];
}

@ArgsType()
export class UpdateProgrammeOutcomeArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ nullable: true })
  @UpdatableText(20)
  code?: string;

  @Field({ nullable: true })
  @UpdatableText(500)
  title?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  @NotNullWhenGiven()
  @IdList(20)
  frameworkOutcomeIds?: string[];
}

@InputType('ProgrammeOutcomeFilter')
export class ProgrammeOutcomeFilter extends BaseFilter {
  @FilterId()
  programmeId?: string;
}
