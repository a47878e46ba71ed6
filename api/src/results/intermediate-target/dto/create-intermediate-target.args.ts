import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { NullableId, NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { NullableDecimal } from '#src/results/indicator-component/dto/component-fields.js';

@ArgsType()
export class CreateIntermediateTargetArgs {
  @Field(() => ID)
  @RequiredId()
  componentId: string;

  @Field(() => ID)
  @RequiredId()
  periodId: string;

  @Field(() => ID, { nullable: true, description: "An office's own intermediate target; left out, the region's" })
  @NullableId()
  officeId?: string | null;

  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  value?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  narrative?: string | null;
}
