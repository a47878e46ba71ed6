import { ArgsType, Field, ID } from '@nestjs/graphql';
import { RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';

@ArgsType()
export class ReturnImplementationPlanArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ description: 'Required: why the plan goes back' })
  @RequiredText(MAX_NARRATIVE)
  reason: string;
}
