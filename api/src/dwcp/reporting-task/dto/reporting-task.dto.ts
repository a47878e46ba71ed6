import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

@ObjectType('ReportingTask', { description: 'The quarter a programme should report on now, and its report if started' })
export class ReportingTaskDTO {
  @Field(() => ID)
  programmeId: number;

  @Field()
  programmeTitle: string;

  @Field(() => ID)
  officeId: number;

  @Field(() => ID)
  periodId: number;

  @Field()
  periodCode: string;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => PeriodStatus, { description: 'LOCKED: the report is shown read-only, nothing can change' })
  periodStatus: PeriodStatus;

  @Field(() => ID, { nullable: true, description: 'Null until the report is started' })
  reportId: number | null;

  @Field(() => ReportStatus, { nullable: true })
  status: ReportStatus | null;

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field({ description: 'Whether the officer can still start, edit and submit the report (the workflow decides)' })
  editable: boolean;
}
