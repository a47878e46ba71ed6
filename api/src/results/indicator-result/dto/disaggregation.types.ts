import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { RequiredText } from '#src/common/validation/field.decorators.js';
import { DecimalValue } from '#src/common/validation/decimal.decorator.js';

@InputType('DisaggregationInput')
export class DisaggregationInput {
  @Field({ description: 'e.g. "sex", "constituent group"' })
  @RequiredText(100)
  dimension: string;

  @Field({ description: 'e.g. "women", "employers"' })
  @RequiredText(100)
  category: string;

  @Field(() => Float)
  @DecimalValue()
  value: number;
}

@ObjectType('Disaggregation')
export class DisaggregationDTO {
  @Field()
  dimension: string;

  @Field()
  category: string;

  @Field(() => Float)
  value: number;
}
