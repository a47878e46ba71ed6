import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

/** A community of practice an office sponsors, e.g. APYouthNet (seeds 000, 002, 003). */
@Entity('community_of_practice')
@Index(['officeId'])
export class CommunityOfPracticeEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** The short name it goes by, e.g. "AP-IRNet". */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  acronym: string;

  @Column({ type: 'varchar', length: 200 })
  theme: string;

  @Column({ type: 'date', nullable: true })
  launchDate: string | null;

  /** Its portal's web address. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  address: string | null;

  @Column({ type: 'enum', enum: CommunityStatus, enumName: 'community_status', default: CommunityStatus.ACTIVE })
  status: CommunityStatus;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
