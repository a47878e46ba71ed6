import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('ImplementationPlan')
export class ImplementationPlanDTO extends TimestampedDTO {
  @Field(() => ID)
  programmeId: number;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => ReportStatus, {
    description: "DRAFT -> SUBMITTED -> APPROVED, or RETURNED: the progress reports' workflow",
  })
  status: ReportStatus;

  @Field(() => Int, { description: 'Raised by every change to the plan or its items; quoted on submission' })
  version: number;

  @Field(() => String, { nullable: true })
  returnReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt: Date | null;
}
