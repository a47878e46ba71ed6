import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import {
  NotNullWhenGiven,
  NullableText,
  RequiredId,
  UpdatableId,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE, MAX_TITLE, MAX_UNIT } from '#src/common/validation/limits.js';
import { IndicatorCode } from '#src/results/indicator/dto/indicator-fields.js';
import { Aggregation, Direction, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';

/** Components are created, changed and deleted through their own mutations. */
@ArgsType()
export class UpdateIndicatorArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => ID, { nullable: true })
  @UpdatableId()
  outcomeId?: string;

  @Field({ nullable: true })
  @UpdatableText(10)
  @IndicatorCode()
  code?: string;

  @Field({ nullable: true })
  @UpdatableText(MAX_TITLE)
  title?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => IndicatorScope, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(IndicatorScope)
  scope?: IndicatorScope;

  @Field(() => Measure, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(Measure)
  measure?: Measure;

  @Field(() => Direction, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(Direction)
  direction?: Direction;

  @Field(() => Aggregation, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(Aggregation)
  aggregation?: Aggregation;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_UNIT)
  unit?: string | null;
}
