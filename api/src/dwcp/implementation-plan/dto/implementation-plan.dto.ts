import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ObjectType('ImplementationPlan')
export class ImplementationPlanDTO extends TimestampedDTO {
  @Field(() => ID)
  programmeId: number;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

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

/** A plan belongs to its programme and year; only its notes change. */
@ArgsType()
export class UpdateImplementationPlanArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  notes?: string | null;
}

@InputType('ImplementationPlanFilter')
export class ImplementationPlanFilter extends BaseFilter {
  @FilterId()
  programmeId?: string;
}
