import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';

@InputType('KmMilestoneFilter')
export class KmMilestoneFilter extends BaseFilter {
  @FilterId()
  officeId?: string;

  @FilterId()
  communityId?: string;

  /** Milestones linked to this indicator component. */
  @FilterId()
  componentId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startDate_gte?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startDate_lte?: string;
}
