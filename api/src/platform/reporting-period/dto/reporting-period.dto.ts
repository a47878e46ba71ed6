import { Field, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { PeriodKind, PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

@ObjectType('ReportingPeriod')
export class ReportingPeriodDTO extends TimestampedDTO {
  @Field({ description: 'Quarter "2009-Q2", year "2009" or biennium "2008-09"' })
  code: string;

  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => LocalDateScalar, { description: 'When reports for the period are due' })
  dueDate: string;

  @Field(() => PeriodStatus)
  status: PeriodStatus;
}
