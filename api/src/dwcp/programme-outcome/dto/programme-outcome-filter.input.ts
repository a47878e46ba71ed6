import { InputType } from '@nestjs/graphql';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';

@InputType('ProgrammeOutcomeFilter')
export class ProgrammeOutcomeFilter extends BaseFilter {
  @FilterId()
  programmeId?: string;
}
