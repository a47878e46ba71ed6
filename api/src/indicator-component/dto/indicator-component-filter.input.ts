import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { Measure } from '#src/indicator/indicator.enums.js';

@InputType('IndicatorComponentFilter')
export class IndicatorComponentFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  indicatorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  frameworkId?: string;

  @Field(() => Measure, { nullable: true, description: 'Components whose own measure is this' })
  @IsOptional()
  @IsEnum(Measure)
  measure?: Measure;
}
