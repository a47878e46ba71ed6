import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { LineStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

@ObjectType('ProgressReportLine')
export class ProgressReportLineDTO {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  planItemId: number;

  @Field(() => LineStatus)
  status: LineStatus;

  @Field(() => Float, { nullable: true })
  percentComplete: number | null;

  @Field(() => String, { nullable: true })
  narrative: string | null;

  @Field(() => String, { nullable: true })
  challenges: string | null;

  @Field(() => String, { nullable: true })
  reviewerComment: string | null;

  @Field()
  flagged: boolean;

  @Field({ description: "Status and % complete copied from the previous quarter's report, not yet confirmed" })
  carriedForward: boolean;
}
