import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';

@InputType('OutcomeFilter')
export class OutcomeFilter extends BaseFilter {
  @FilterId()
  frameworkId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  number?: number;
}
