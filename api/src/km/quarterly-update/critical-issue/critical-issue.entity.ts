import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';

/** One of an update's critical issues and challenges, e.g. "Buy-in by staff". */
@Entity('critical_issue')
@Unique('critical_issue_position', ['updateId', 'position'])
export class CriticalIssueEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  updateId: number;

  @ManyToOne(() => QuarterlyUpdateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'update_id' })
  update?: Relation<QuarterlyUpdateEntity>;

  /** Order within the update, from 1. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text' })
  description: string;
}
