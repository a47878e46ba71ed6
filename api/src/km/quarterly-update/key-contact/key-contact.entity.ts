import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';

/** A person to contact for an update, e.g. the Regional Information Officer. */
@Entity('key_contact')
@Unique('key_contact_position', ['updateId', 'position'])
export class KeyContactEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  updateId: number;

  @ManyToOne(() => QuarterlyUpdateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'update_id' })
  update?: Relation<QuarterlyUpdateEntity>;

  /** Order within the update, from 1. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The person's job title. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;
}
