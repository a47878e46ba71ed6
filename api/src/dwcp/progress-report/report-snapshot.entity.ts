import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The whole report as it stood at a workflow step, kept to show what changed since a return. */
@Entity('report_snapshot')
@Index(['reportId', 'id'])
export class ReportSnapshotEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  /** SUBMITTED, RETURNED or APPROVED. */
  @Column({ type: 'varchar', length: 20 })
  event: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'int', nullable: true })
  byUserId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;
}
