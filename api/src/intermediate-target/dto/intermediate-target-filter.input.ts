import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';

@InputType('IntermediateTargetFilter')
export class IntermediateTargetFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  componentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  periodId?: string;
}
