import { ArgsType, Field, ID, Int, PickType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { RequiredId } from '#src/common/validation/field.decorators.js';
import { IndicatorComponentInput } from '#src/results/indicator-component/dto/indicator-component.input.js';

export const COMPONENT_FIELDS = [
  'measure',
  'unit',
  'baselineValue',
  'baselineNarrative',
  'baselineDate',
  'targetValue',
  'targetNarrative',
  'targetPeriodId',
] as const;

@ArgsType()
export class CreateIndicatorComponentArgs extends PickType(IndicatorComponentInput, COMPONENT_FIELDS, ArgsType) {
  @Field(() => ID)
  @RequiredId()
  indicatorId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the next free position' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  position?: number;
}
