import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Max, Min } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import {
  IdList,
  NotNullWhenGiven,
  NullableId,
  NullableText,
  RequiredId,
  RequiredText,
  UpdatableId,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';

@ArgsType()
export class CreatePlanItemArgs {
  @Field(() => ID)
  @RequiredId()
  planId: string;

  @Field(() => ID, { nullable: true })
  @NullableId()
  programmeOutcomeId?: string | null;

  @Field(() => PlanItemKind)
  @IsEnum(PlanItemKind)
  kind: PlanItemKind;

  @Field()
  @RequiredText(20)
  code: string;

  @Field()
  @RequiredText(500)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(200)
  responsible?: string | null;

  @Field(() => ID)
  @RequiredId()
  startPeriodId: string;

  @Field(() => ID)
  @RequiredId()
  endPeriodId: string;

  @Field(() => FundingSource)
  @IsEnum(FundingSource)
  fundingSource: FundingSource;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(1e11, { message: 'must be at most 100 billion' })
  budgetUsd?: number | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IdList()
  componentIds?: string[];

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  knowledgeSharing?: boolean;
}

/** An item stays in its plan. */
@ArgsType()
export class UpdatePlanItemArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => ID, { nullable: true })
  @NullableId()
  programmeOutcomeId?: string | null;

  @Field(() => PlanItemKind, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(PlanItemKind)
  kind?: PlanItemKind;

  @Field({ nullable: true })
  @UpdatableText(20)
  code?: string;

  @Field({ nullable: true })
  @UpdatableText(500)
  title?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(200)
  responsible?: string | null;

  @Field(() => ID, { nullable: true })
  @UpdatableId()
  startPeriodId?: string;

  @Field(() => ID, { nullable: true })
  @UpdatableId()
  endPeriodId?: string;

  @Field(() => FundingSource, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(FundingSource)
  fundingSource?: FundingSource;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(1e11, { message: 'must be at most 100 billion' })
  budgetUsd?: number | null;

  @Field(() => [ID], { nullable: true })
  @NotNullWhenGiven()
  @IdList()
  componentIds?: string[];

  @Field({ nullable: true })
  @NotNullWhenGiven()
  @IsBoolean()
  knowledgeSharing?: boolean;
}

@InputType('PlanItemFilter')
export class PlanItemFilter extends BaseFilter {
  @FilterId()
  planId?: string;

  @FilterId()
  programmeOutcomeId?: string;

  @Field(() => FundingSource, { nullable: true })
  @IsOptional()
  @IsEnum(FundingSource)
  fundingSource?: FundingSource;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  knowledgeSharing?: boolean;
}
