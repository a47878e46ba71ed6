import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { NullableText, RequiredId, UpdatableId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { NullableDecimal } from '#src/results/indicator-component/dto/component-fields.js';

@ArgsType()
export class UpdateIntermediateTargetArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => ID, { nullable: true })
  @UpdatableId()
  periodId?: string;

  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  value?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  narrative?: string | null;
}
