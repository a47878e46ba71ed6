import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { Clearable, NullableText } from '#src/common/validation/field.decorators.js';
import { MAX_LIST, MAX_NARRATIVE, MAX_URL } from '#src/common/validation/limits.js';
import { NullableDecimal } from '#src/results/indicator-component/dto/component-fields.js';
import { DisaggregationInput } from '#src/results/indicator-result/dto/disaggregation.types.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';

/** What an office reports for a component and period; shared by create and update. */
@InputType({ isAbstract: true })
export class ResultValueFields {
  @Field(() => Float, { nullable: true })
  @NullableDecimal()
  value?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  narrative?: string | null;

  @Field(() => MilestoneStatus, { nullable: true })
  @Clearable()
  @IsEnum(MilestoneStatus)
  milestoneStatus?: MilestoneStatus | null;

  @Field(() => [String], { nullable: true })
  @Clearable()
  @ArrayMaxSize(20, { message: 'must list at most 20 links' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { each: true, message: 'must be web addresses starting with http:// or https://' },
  )
  @MaxLength(MAX_URL, { each: true, message: `each link must be at most ${MAX_URL} characters long` })
  evidenceLinks?: string[] | null;

  @Field(() => [DisaggregationInput], { nullable: true })
  @Clearable()
  @ArrayMaxSize(MAX_LIST, { message: `must list at most ${MAX_LIST} values` })
  @ValidateNested({ each: true })
  @Type(() => DisaggregationInput)
  disaggregations?: DisaggregationInput[] | null;
}
