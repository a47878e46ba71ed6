import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { RequiredId } from '#src/common/validation/field.decorators.js';
import { RESULT_VALUE_FIELDS } from '#src/results/indicator-result/dto/create-indicator-result.args.js';
import { ResultValueFields } from '#src/results/indicator-result/dto/result-value-fields.js';

@InputType('ReportResultInput')
export class ReportResultInput extends PickType(ResultValueFields, RESULT_VALUE_FIELDS, InputType) {
  @Field(() => ID)
  @RequiredId()
  componentId: string;
}
