import { ArgsType, Field, ID, Int, PickType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { Defaulted, RequiredId } from '#src/common/validation/field.decorators.js';
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
  'minValue',
  'maxValue',
  'wholeNumber',
  'jumpFactor',
  'officeTargetsAddUp',
] as const;

@ArgsType()
export class CreateIndicatorComponentArgs extends PickType(IndicatorComponentInput, COMPONENT_FIELDS, ArgsType) {
  @Field(() => ID, { description: 'The indicator it is a part of (on update: another of the same framework)' })
  @RequiredId()
  indicatorId: string;

  @Field(() => Int, {
    nullable: true,
    description: '1 for (i), 2 for (ii)...; created without one: the next free position',
  })
  @Defaulted()
  @IsInt()
  @Min(1)
  @Max(20)
  position?: number;
}
