import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import type { ReviewedRecord } from '#src/dwcp/progress-report/review-workflow.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';

/** What a programme plans to deliver in one year; submitted and approved like a progress report. */
@Entity('implementation_plan')
@Unique('implementation_plan_year', ['programmeId', 'year'])
export class ImplementationPlanEntity extends TimestampedEntity implements ReviewedRecord {
  @Column({ type: 'int' })
  programmeId: number;

  @ManyToOne(() => CountryProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<CountryProgrammeEntity>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  /** Raised by every change to the plan or its items: a submission quoting an older version is refused. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  submittedById: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  reviewedById: number | null;
}
