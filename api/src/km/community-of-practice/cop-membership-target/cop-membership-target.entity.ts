import { Check, Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';

/** How many members of one group a community aims for, e.g. 20 trade union officials. */
@Entity('cop_membership_target')
@Unique('cop_membership_target_position', ['communityId', 'position'])
@Check(
  'cop_membership_target_counts',
  '"target_members" >= 0 AND ("current_members" IS NULL OR "current_members" >= 0)',
)
export class CopMembershipTargetEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => CommunityOfPracticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  community?: Relation<CommunityOfPracticeEntity>;

  /** Order within the community, from 1. */
  @Column({ type: 'smallint' })
  position: number;

  /** Who the members are, as the community's plan words it. */
  @Column({ type: 'varchar', length: 500 })
  memberGroup: string;

  @Column({ type: 'int' })
  targetMembers: number;

  /** Members of the group so far, when counted. */
  @Column({ type: 'int', nullable: true })
  currentMembers: number | null;
}
