import { ArgsType, Field, ID, Int, PickType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { NotNullWhenGiven, RequiredId, UpdatableId } from '#src/common/validation/field.decorators.js';
import { COMPONENT_FIELDS } from '#src/results/indicator-component/dto/create-indicator-component.args.js';
import { IndicatorComponentInput } from '#src/results/indicator-component/dto/indicator-component.input.js';

@ArgsType()
export class UpdateIndicatorComponentArgs extends PickType(IndicatorComponentInput, COMPONENT_FIELDS, ArgsType) {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => ID, { nullable: true, description: 'Another indicator of the same framework' })
  @UpdatableId()
  indicatorId?: string;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1)
  @Max(20)
  position?: number;
}
