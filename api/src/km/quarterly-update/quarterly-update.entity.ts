import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

/**
 * An office's quarterly knowledge-management update (seed 001): its header and narrative. The
 * milestones and work areas it reports are the office's own records, picked by the quarter;
 * critical issues and key contacts belong to the update itself.
 */
@Entity('quarterly_update')
@Unique('quarterly_update_office_period', ['officeId', 'periodId'])
@Index(['periodId'])
export class QuarterlyUpdateEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  /** A quarter. */
  @Column({ type: 'int' })
  periodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: Relation<ReportingPeriodEntity>;

  /** As the update gives them, e.g. initials "JA, GT, SF". */
  @Column({ type: 'varchar', length: 200 })
  authors: string;

  @Column({ type: 'varchar', length: 200 })
  areaOfWork: string;

  @Column({ type: 'text' })
  executiveSummary: string;

  /** The sentence before the milestones. */
  @Column({ type: 'text', nullable: true })
  milestonesIntro: string | null;

  /** The sentence before the work-in-progress areas. */
  @Column({ type: 'text', nullable: true })
  workInProgressIntro: string | null;

  /** The paragraph after the work-in-progress areas. */
  @Column({ type: 'text', nullable: true })
  workInProgressConclusion: string | null;

  /** The sentence before the critical issues and challenges. */
  @Column({ type: 'text', nullable: true })
  issuesIntro: string | null;

  /** The sentence before the key contacts. */
  @Column({ type: 'text', nullable: true })
  contactsIntro: string | null;
}
