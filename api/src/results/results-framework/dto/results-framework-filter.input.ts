import { InputType } from '@nestjs/graphql';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';

@InputType('ResultsFrameworkFilter')
export class ResultsFrameworkFilter extends BaseFilter {}
