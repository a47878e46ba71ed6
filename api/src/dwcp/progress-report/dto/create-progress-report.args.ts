import { ArgsType, Field, ID } from '@nestjs/graphql';
import { RequiredId } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  programmeId: string;

  @Field(() => ID, { description: 'A quarter' })
  @RequiredId()
  periodId: string;
}
