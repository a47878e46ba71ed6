import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { Clearable, Defaulted, NullableId, NullableText } from '#src/common/validation/field.decorators.js';
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

  @Field(() => Float, {
    nullable: true,
    description: 'Lowest plausible value (null: none); a new count defaults to 0, a percentage to 0',
  })
  @NullableDecimal()
  minValue?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest plausible value (null: none); a percentage defaults to 100',
  })
  @NullableDecimal()
  maxValue?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Values are whole numbers; a new count defaults to true' })
  @Defaulted()
  @IsBoolean()
  wholeNumber?: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      "More than 1: a result this many times the office's previous one needs an explanation (null: no check)",
  })
  @NullableDecimal()
  jumpFactor?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Offices' targets must add up to the region's (checked on each revision); defaults to false",
  })
  @Defaulted()
  @IsBoolean()
  officeTargetsAddUp?: boolean;
}
