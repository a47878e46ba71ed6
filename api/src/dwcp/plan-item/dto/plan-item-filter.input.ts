import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';

@InputType('PlanItemFilter')
export class PlanItemFilter extends BaseFilter {
  @FilterId()
  planId?: string;

  @FilterId()
  programmeOutcomeId?: string;

  @Field(() => PlanItemKind, { nullable: true })
  @IsOptional()
  @IsEnum(PlanItemKind)
  kind?: PlanItemKind;

  @Field(() => FundingSource, { nullable: true })
  @IsOptional()
  @IsEnum(FundingSource)
  fundingSource?: FundingSource;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  knowledgeSharing?: boolean;
}
