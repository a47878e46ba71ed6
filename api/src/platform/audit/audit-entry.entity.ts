import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * One change to one record, written in the transaction of the change itself. Append-only: no API
 * changes or deletes entries, and a database trigger refuses UPDATE and DELETE.
 */
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Null for the system (demo data, migrations). Kept as written even if the user goes. */
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  userEmail: string | null;

  @Column({ type: 'varchar', length: 50 })
  entityType: string;

  @Column({ type: 'int' })
  entityId: number;

  /** CREATE, UPDATE, DELETE, or a workflow step such as CLOSE or PUBLISH. */
  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ type: 'jsonb' })
  changes: FieldChange[];
}
