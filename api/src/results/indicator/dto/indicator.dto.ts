import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { Aggregation, Direction, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';

@ObjectType('Indicator')
export class IndicatorDTO extends TimestampedDTO {
  @Field(() => ID)
  outcomeId: number;

  @Field({ description: 'Outcome number, a dot, the indicator number: "2.3"' })
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => IndicatorScope)
  scope: IndicatorScope;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Direction)
  direction: Direction;

  @Field(() => Aggregation)
  aggregation: Aggregation;

  @Field(() => String, { nullable: true })
  unit: string | null;
}
