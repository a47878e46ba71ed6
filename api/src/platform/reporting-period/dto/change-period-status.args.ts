import { ArgsType, Field, ID } from '@nestjs/graphql';
import { NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_REASON } from '#src/common/validation/limits.js';

/** Opening or closing a period; from LOCKED that is an unlock, which must say why. */
@ArgsType()
export class ChangePeriodStatusArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Required when the period is LOCKED (an unlock, for administrators only): why it is reopened, told to the offices concerned. Refused otherwise',
  })
  @NullableText(MAX_REASON)
  reason?: string | null;
}
