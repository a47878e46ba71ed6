import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { IndicatorScope, Measure } from '#src/indicator/indicator.enums.js';

@InputType('IndicatorFilter')
export class IndicatorFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  outcomeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
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
