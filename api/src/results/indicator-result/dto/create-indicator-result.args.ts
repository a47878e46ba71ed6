import { ArgsType, Field, ID, PickType } from '@nestjs/graphql';
import { RequiredId } from '#src/common/validation/field.decorators.js';
import { ResultValueFields } from '#src/results/indicator-result/dto/result-value-fields.js';

export const RESULT_VALUE_FIELDS = [
  'value',
  'narrative',
  'milestoneStatus',
  'evidenceLinks',
  'disaggregations',
] as const;

@ArgsType()
export class CreateIndicatorResultArgs extends PickType(ResultValueFields, RESULT_VALUE_FIELDS, ArgsType) {
  @Field(() => ID)
  @RequiredId()
  componentId: string;

  @Field(() => ID)
  @RequiredId()
  periodId: string;

  @Field(() => ID)
  @RequiredId()
  officeId: string;
}
