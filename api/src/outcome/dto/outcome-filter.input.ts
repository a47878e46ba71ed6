import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';

@InputType('OutcomeFilter')
export class OutcomeFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(12)
  frameworkId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  number?: number;
}
