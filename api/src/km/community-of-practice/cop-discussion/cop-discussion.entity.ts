import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';

/** A moderated online discussion of a community, open for a set time (seed 001, seed 003 section 5). */
@Entity('cop_discussion')
@Check('cop_discussion_dates', '"end_date" >= "start_date"')
@Check('cop_discussion_reach', '"reach" IS NULL OR "reach" >= 0')
@Index(['communityId', 'startDate'])
export class CopDiscussionEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => CommunityOfPracticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  community?: Relation<CommunityOfPracticeEntity>;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 500 })
  topic: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  moderator: string | null;

  /** About how many people the consolidated reply reached. */
  @Column({ type: 'int', nullable: true })
  reach: number | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;
}
