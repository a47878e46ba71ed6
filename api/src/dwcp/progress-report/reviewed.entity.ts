import { Column } from 'typeorm';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';

/**
 * The columns of a record submitted to and reviewed by a manager (a quarterly progress report, a
 * yearly plan): the same workflow (review-workflow.ts) stamps them on both.
 */
export abstract class ReviewedEntity extends TimestampedEntity {
  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  /** Raised by every saved change: a save or submission quoting an older version is refused. */
  @Column({ type: 'int', default: 1 })
  version: number;

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
