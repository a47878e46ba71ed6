import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

@InputType('IndicatorComponentFilter')
export class IndicatorComponentFilter extends BaseFilter {
  @FilterId()
  indicatorId?: string;

  @FilterId()
  frameworkId?: string;

  @Field(() => Measure, { nullable: true, description: 'Components whose own measure is this' })
  @IsOptional()
  @IsEnum(Measure)
  measure?: Measure;
}
