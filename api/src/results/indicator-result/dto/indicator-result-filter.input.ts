import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';

@InputType('IndicatorResultFilter')
export class IndicatorResultFilter extends BaseFilter {
  @FilterId()
  componentId?: string;

  @FilterId()
  periodId?: string;

  @FilterId()
  officeId?: string;

  @FilterId()
  indicatorId?: string;

  @FilterId()
  frameworkId?: string;

  @Field(() => MilestoneStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MilestoneStatus)
  milestoneStatus?: MilestoneStatus;
}
