import { ArgsType, Field, ID } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { NotNullWhenGiven, RequiredId } from '#src/common/validation/field.decorators.js';

/** A period's code (and so its dates) is its identity; only the due date changes. */
@ArgsType()
export class UpdateReportingPeriodArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @NotNullWhenGiven()
  @MaxLength(10)
  dueDate?: string;
}
