import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

/**
 * A knowledge-management milestone or achievement of an office, on a date or over a date range
 * (seed 001). The quarterly update of the quarter it was reached in reports it.
 */
@Entity('km_milestone')
@Check('km_milestone_dates', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Index(['officeId', 'startDate'])
// The indicator components it advances: km_milestone_component.
export class KmMilestoneEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'date' })
  startDate: string;

  /** Null for a single day. */
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  link: string | null;

  /** The community of practice it concerns, if any. */
  @Column({ type: 'int', nullable: true })
  communityId: number | null;

  @ManyToOne(() => CommunityOfPracticeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  community?: Relation<CommunityOfPracticeEntity>;
}
