import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { MilestoneStatus } from '#src/indicator-result/milestone-status.enum.js';

@InputType('IndicatorResultFilter')
export class IndicatorResultFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  componentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  periodId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  officeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  indicatorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  frameworkId?: string;

  @Field(() => MilestoneStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MilestoneStatus)
  milestoneStatus?: MilestoneStatus;
}
