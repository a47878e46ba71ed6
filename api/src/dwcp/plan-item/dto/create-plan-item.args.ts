import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, Max, Min } from 'class-validator';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';
import {
  Clearable,
  Defaulted,
  IdList,
  NullableId,
  NullableText,
  RequiredId,
  RequiredText,
} from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreatePlanItemArgs {
  @Field(() => ID)
  @RequiredId()
  planId: string;

  @Field(() => ID, { nullable: true, description: 'For an activity: the output of the same plan it sits under' })
  @NullableId()
  parentId?: string | null;

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
  @Clearable()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be an amount in US$ with at most 2 decimals' })
  @Min(0, { message: 'must not be negative' })
  @Max(1e11, { message: 'must be at most 100 billion' })
  budgetUsd?: number | null;

  @Field(() => Float, { nullable: true, description: 'Spent to date, US$: at most the budget' })
  @Clearable()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be an amount in US$ with at most 2 decimals' })
  @Min(0, { message: 'must not be negative' })
  @Max(1e11, { message: 'must be at most 100 billion' })
  expenditureUsd?: number | null;

  @Field(() => [ID], { nullable: true })
  @Defaulted()
  @IdList()
  componentIds?: string[];

  @Field({ nullable: true, defaultValue: false })
  @Defaulted()
  @IsBoolean()
  knowledgeSharing?: boolean;
}
