import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { DisaggregationDTO } from '#src/results/indicator-result/dto/disaggregation.types.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';

@ObjectType('IndicatorResult')
export class IndicatorResultDTO extends TimestampedDTO {
  @Field(() => ID)
  componentId: number;

  @Field(() => ID)
  periodId: number;

  @Field(() => ID)
  officeId: number;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  narrative: string | null;

  @Field(() => MilestoneStatus, { nullable: true })
  milestoneStatus: MilestoneStatus | null;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => [DisaggregationDTO])
  disaggregations: DisaggregationDTO[];

  @Field(() => String, { nullable: true, description: 'The reviewer’s comment when its report was returned' })
  reviewerComment: string | null;

  @Field({ description: 'Flagged by the reviewer when its report was returned' })
  flagged: boolean;
}
