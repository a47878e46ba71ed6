import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

/** A numbered high-priority area of an office's KM work, followed quarter by quarter (seed 001). */
@Entity('work_area')
@Unique('work_area_number', ['officeId', 'number'])
export class WorkAreaEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
