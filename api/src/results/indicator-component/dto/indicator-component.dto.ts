import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

@ObjectType('IndicatorComponent')
export class IndicatorComponentDTO extends TimestampedDTO {
  @Field(() => ID)
  indicatorId: number;

  @Field(() => Int, { description: '1 for (i), 2 for (ii)...' })
  position: number;

  @Field(() => Measure, { nullable: true, description: 'Set only where the part is measured unlike its indicator' })
  measure: Measure | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => String, { nullable: true })
  baselineNarrative: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  baselineDate: string | null;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => String, { nullable: true })
  targetNarrative: string | null;

  @Field(() => ID, { nullable: true })
  targetPeriodId: number | null;

  @Field(() => Float, { nullable: true, description: 'Lowest plausible value; none: no lower bound' })
  minValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest plausible value; none: no upper bound' })
  maxValue: number | null;

  @Field({ description: 'Values are whole numbers (counts)' })
  wholeNumber: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      "A result this many times the office's previous one, or less than its 1/factor, needs an explanation in the narrative",
  })
  jumpFactor: number | null;

  @Field({ description: "Offices' targets must add up to the region's" })
  officeTargetsAddUp: boolean;
}
