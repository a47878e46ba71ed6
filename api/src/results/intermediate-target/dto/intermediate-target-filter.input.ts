import { InputType } from '@nestjs/graphql';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';

@InputType('IntermediateTargetFilter')
export class IntermediateTargetFilter extends BaseFilter {
  @FilterId()
  componentId?: string;

  @FilterId()
  periodId?: string;

  @FilterId()
  officeId?: string;
}
