import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ReviewedEntity } from '#src/dwcp/progress-report/reviewed.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

/** A programme's quarterly progress report, moved along only by the workflow's mutations. */
@Entity('progress_report')
@Unique('progress_report_programme_period', ['programmeId', 'periodId'])
@Index(['officeId', 'periodId'])
export class ProgressReportEntity extends ReviewedEntity {
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

  @Column({ type: 'text', nullable: true })
  achievements: string | null;

  @Column({ type: 'text', nullable: true })
  challenges: string | null;

  @Column({ type: 'text', nullable: true })
  nextSteps: string | null;
}
