import { InputType } from '@nestjs/graphql';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';

@InputType('ImplementationPlanFilter')
export class ImplementationPlanFilter extends BaseFilter {
  @FilterId()
  programmeId?: string;
}
