import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { LineStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';

/** Where one plan item stands in one report. */
@Entity('progress_report_line')
@Unique('progress_report_line_item', ['reportId', 'planItemId'])
export class ProgressReportLineEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  reportId: number;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<ProgressReportEntity>;

  @Column({ type: 'int' })
  planItemId: number;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_item_id' })
  planItem?: Relation<PlanItemEntity>;

  @Column({ type: 'enum', enum: LineStatus, enumName: 'line_status', default: LineStatus.NOT_STARTED })
  status: LineStatus;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  percentComplete: number | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'text', nullable: true })
  challenges: string | null;

  /** Set by the reviewer when returning the report; the line is then flagged. */
  @Column({ type: 'text', nullable: true })
  reviewerComment: string | null;

  @Column({ type: 'boolean', default: false })
  flagged: boolean;

  /** Status and % complete copied from the previous quarter, not yet confirmed by the officer. */
  @Column({ type: 'boolean', default: false })
  carriedForward: boolean;
}
