import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { Clearable, NullableId, NullableText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE, MAX_UNIT } from '#src/common/validation/limits.js';
import { NullableDecimal } from '#src/results/indicator-component/dto/component-fields.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

/** One numbered part of an indicator: its own baseline and target. */
@InputType('IndicatorComponentInput')
export class IndicatorComponentInput {
  @Field(() => Measure, { nullable: true, description: 'Only when this part is measured unlike its indicator' })
  @Clearable()
  @IsEnum(Measure)
  measure?: Measure | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_UNIT)
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  baselineValue?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  baselineNarrative?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Clearable()
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  targetValue?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  targetNarrative?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to a period spanning the whole framework' })
  @NullableId()
  targetPeriodId?: string | null;
}
