import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

export interface Disaggregation {
  /** e.g. "sex", "constituent group" */
  dimension: string;
  /** e.g. "women", "employers" */
  category: string;
  value: number;
}

/** The actual of one component, for one period, reported by one office. */
@Entity('indicator_result')
@Unique('indicator_result_component_period_office', ['componentId', 'periodId', 'officeId'])
@Index(['officeId', 'periodId'])
@Index(['periodId'])
export class IndicatorResultEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  componentId: number;

  @ManyToOne(() => IndicatorComponentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'component_id' })
  component?: Relation<IndicatorComponentEntity>;

  @Column({ type: 'int' })
  periodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: Relation<ReportingPeriodEntity>;

  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value: number | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'enum', enum: MilestoneStatus, enumName: 'milestone_status', nullable: true })
  milestoneStatus: MilestoneStatus | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  disaggregations: Disaggregation[];

  /** The progress report it was entered through; null when KM staff entered it directly. */
  @Index()
  @Column({ type: 'int', nullable: true })
  reportId: number | null;

  // A draft's values go with it; an approved report cannot be deleted (migration ResultsStayWithTheirReport).
  @ManyToOne(() => ProgressReportEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<ProgressReportEntity>;

  /** Set by the reviewer when returning its report; the result line is then flagged. */
  @Column({ type: 'text', nullable: true })
  reviewerComment: string | null;

  @Column({ type: 'boolean', default: false })
  flagged: boolean;
}
