import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * One change to one record, written by a row trigger in the transaction of the change itself
 * (AuditLog). Append-only: no API changes or deletes entries, and database triggers refuse
 * UPDATE, DELETE and TRUNCATE.
 */
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
@Index('audit_entry_parent', ['parentType', 'parentId'])
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

  /** Each changed column (ids and timestamps aside), before and after; secrets only as "[redacted]". */
  @Column({ type: 'jsonb' })
  changes: FieldChange[];

  @Column({ type: 'varchar', length: 20, default: AuditPath.SYSTEM })
  via: AuditPath;

  /** The office the record belonged to, so its history outlives it under the same read rule. */
  @Column({ type: 'int', nullable: true })
  officeId: number | null;

  /** The progress report a line or result belongs to: a report's trail includes them. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  parentType: string | null;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** Why, for steps that need a reason (an unlock). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
