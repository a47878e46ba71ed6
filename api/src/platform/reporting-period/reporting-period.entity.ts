import { Check, Column, Entity, Index } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { PeriodKind, PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

@Entity('reporting_period')
@Check('reporting_period_dates', '"end_date" >= "start_date" AND "due_date" >= "end_date"')
@Index(['startDate', 'endDate'])
export class ReportingPeriodEntity extends TimestampedEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 10 })
  code: string;

  @Column({ type: 'enum', enum: PeriodKind, enumName: 'period_kind' })
  kind: PeriodKind;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  /** When reports for this period are due. */
  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'enum', enum: PeriodStatus, enumName: 'period_status', default: PeriodStatus.OPEN })
  status: PeriodStatus;
}
