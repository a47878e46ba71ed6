import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { RequiredText } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateReportingPeriodArgs {
  @Field({ description: 'Dates and kind follow from the code' })
  @RequiredText(10)
  code: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Defaults to 15 days after a quarter ends, 31 days after a year or biennium',
  })
  @IsOptional()
  @MaxLength(10)
  dueDate?: string;
}
