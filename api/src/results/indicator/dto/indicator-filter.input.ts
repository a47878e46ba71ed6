import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';

@InputType('IndicatorFilter')
export class IndicatorFilter extends BaseFilter {
  @FilterId()
  outcomeId?: string;

  @FilterId()
  frameworkId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10)
  code?: string;

  @Field(() => IndicatorScope, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorScope)
  scope?: IndicatorScope;

  @Field(() => Measure, { nullable: true })
  @IsOptional()
  @IsEnum(Measure)
  measure?: Measure;
}
