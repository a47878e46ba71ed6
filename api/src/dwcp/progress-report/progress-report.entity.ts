import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

/** A programme's quarterly progress report, moved along only by the workflow's mutations. */
@Entity('progress_report')
@Unique('progress_report_programme_period', ['programmeId', 'periodId'])
@Index(['officeId', 'periodId'])
export class ProgressReportEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  programmeId: number;

  @ManyToOne(() => CountryProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<CountryProgrammeEntity>;

  @Column({ type: 'int' })
  periodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: Relation<ReportingPeriodEntity>;

  /** The programme's office, kept here so that office scope needs no join. */
  @Column({ type: 'int' })
  officeId: number;

  // For searches by office (`q`); the column has never had a foreign key and gets none here.
  @ManyToOne(() => OfficeEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  /** Raised by every saved edit: a save quoting an older version is refused (optimistic locking). */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text', nullable: true })
  achievements: string | null;

  @Column({ type: 'text', nullable: true })
  challenges: string | null;

  @Column({ type: 'text', nullable: true })
  nextSteps: string | null;

  /** Why the reviewer returned it, the last time. */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  /** First submission: what on-time reporting is measured by. */
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
