import { ArgsType, Field, ID, PickType } from '@nestjs/graphql';
import { RequiredId } from '#src/common/validation/field.decorators.js';
import { RESULT_VALUE_FIELDS } from '#src/results/indicator-result/dto/create-indicator-result.args.js';
import { ResultValueFields } from '#src/results/indicator-result/dto/result-value-fields.js';

/** The component, period and office identify a result and do not change. */
@ArgsType()
export class UpdateIndicatorResultArgs extends PickType(ResultValueFields, RESULT_VALUE_FIELDS, ArgsType) {
  @Field(() => ID)
  @RequiredId()
  id: string;
}
