import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LineStatus, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

@ObjectType('ProgressReport')
export class ProgressReportDTO extends TimestampedDTO {
  @Field(() => ID)
  programmeId: number;

  @Field(() => ID)
  periodId: number;

  @Field(() => ID)
  officeId: number;

  @Field(() => ReportStatus, { description: 'Changed only by submit, approve and return' })
  status: ReportStatus;

  @Field(() => Int, { description: 'Send it back with each save: a save quoting an older version is refused' })
  version: number;

  @Field(() => String, { nullable: true })
  achievements: string | null;

  @Field(() => String, { nullable: true })
  challenges: string | null;

  @Field(() => String, { nullable: true })
  nextSteps: string | null;

  @Field(() => String, { nullable: true })
  returnReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt: Date | null;
}

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
}

@ObjectType('ReportChange')
export class ReportChangeDTO {
  @Field({ description: 'e.g. achievements, line A1.status, result 12.value' })
  field: string;

  @Field(() => String, { nullable: true, description: 'As JSON' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'As JSON' })
  after: string | null;
}
