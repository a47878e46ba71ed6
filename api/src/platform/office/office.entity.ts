import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';

@Entity('office')
export class OfficeEntity extends TimestampedEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: OfficeType, enumName: 'office_type' })
  type: OfficeType;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => OfficeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OfficeEntity>;

  /** ISO 3166-1 alpha-3 codes of the member States the office covers. */
  @Column({ type: 'char', length: 3, array: true, default: () => "'{}'" })
  countries: string[];
}
