import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

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
