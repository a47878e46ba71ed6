import { ArgsType, Field, ID } from '@nestjs/graphql';
import { RequiredId } from '#src/common/validation/field.decorators.js';
import { CreateResultsFrameworkArgs } from '#src/results/results-framework/dto/create-results-framework.args.js';

/** The framework to copy, and the new version's title, description and period. */
@ArgsType()
export class CopyResultsFrameworkArgs extends CreateResultsFrameworkArgs {
  @Field(() => ID, { description: 'The framework the new version continues' })
  @RequiredId()
  id: string;
}
