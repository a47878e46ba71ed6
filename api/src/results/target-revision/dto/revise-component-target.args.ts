import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { NullableId, NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { NullableDecimal } from '#src/results/indicator-component/dto/component-fields.js';

/** A new baseline and target for a component, from the start of a period, with why. */
@ArgsType()
export class ReviseComponentTargetArgs {
  @Field(() => ID)
  @RequiredId()
  componentId: string;

  @Field(() => ID, { nullable: true, description: "An office's own target; left out, the region's" })
  @NullableId()
  officeId?: string | null;

  @Field(() => ID, { description: 'It applies from the start of this period on' })
  @RequiredId()
  appliesFromPeriodId: string;

  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  baselineValue?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  baselineNarrative?: string | null;

  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  targetValue?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  targetNarrative?: string | null;

  @Field({ description: 'Why the target changes; kept with the revision and in the audit trail' })
  @RequiredText(MAX_NARRATIVE)
  reason: string;
}
