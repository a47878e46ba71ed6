import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt } from 'class-validator';
import { RequiredId } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class SubmitProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => Int, { description: 'The version being submitted; submitting it twice does nothing twice' })
  @IsInt()
  version: number;
}
