import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, ValidateNested } from 'class-validator';
import { Defaulted, NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE, MAX_TITLE, MAX_UNIT } from '#src/common/validation/limits.js';
import { IndicatorComponentInput } from '#src/results/indicator-component/dto/indicator-component.input.js';
import { IndicatorCode } from '#src/results/indicator/dto/indicator-fields.js';
import { Aggregation, Direction, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';

@ArgsType()
export class CreateIndicatorArgs {
  @Field(() => ID)
  @RequiredId()
  outcomeId: string;

  @Field()
  @RequiredText(10)
  @IndicatorCode()
  code: string;

  @Field()
  @RequiredText(MAX_TITLE)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => IndicatorScope)
  @IsEnum(IndicatorScope)
  scope: IndicatorScope;

  @Field(() => Measure)
  @IsEnum(Measure)
  measure: Measure;

  @Field(() => Direction, { nullable: true, defaultValue: Direction.INCREASE })
  @Defaulted()
  @IsEnum(Direction)
  direction?: Direction;

  @Field(() => Aggregation, { nullable: true, defaultValue: Aggregation.LATEST })
  @Defaulted()
  @IsEnum(Aggregation)
  aggregation?: Aggregation;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_UNIT)
  unit?: string | null;

  @Field(() => [IndicatorComponentInput], { description: 'The parts (i), (ii)...: at least one' })
  @IsArray()
  @ArrayMinSize(1, { message: 'an indicator needs at least one component' })
  @ArrayMaxSize(20, { message: 'an indicator has at most 20 components' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorComponentInput)
  components: IndicatorComponentInput[];
}
