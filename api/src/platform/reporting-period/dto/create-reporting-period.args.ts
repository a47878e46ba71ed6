import { ArgsType, Field } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { Defaulted, RequiredText } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateReportingPeriodArgs {
  @Field({ description: 'Dates and kind follow from the code' })
  @RequiredText(10)
  code: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When reports are due; created without one: 15 days after a quarter ends, 31 after a year or biennium',
  })
  @Defaulted()
  @MaxLength(10)
  dueDate?: string;
}
