import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
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

  @Field(() => ID, { nullable: true, description: 'Null until the report is started' })
  reportId: number | null;

  @Field(() => ReportStatus, { nullable: true })
  status: ReportStatus | null;

  @Field(() => Int, { nullable: true })
  version: number | null;
}
