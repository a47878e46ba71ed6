import { InputType } from '@nestjs/graphql';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';

@InputType('QuarterlyUpdateFilter')
export class QuarterlyUpdateFilter extends BaseFilter {
  @FilterId()
  officeId?: string;

  @FilterId()
  periodId?: string;
}
