import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';
import { WorkAreaProgress } from '#src/km/work-area/work-area-status/work-area-status.enums.js';

/** Where a work area stands in one quarter. */
@Entity('work_area_status')
@Unique('work_area_status_period', ['workAreaId', 'periodId'])
@Index(['periodId'])
export class WorkAreaStatusEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  workAreaId: number;

  @ManyToOne(() => WorkAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_area_id' })
  workArea?: Relation<WorkAreaEntity>;

  /** A quarter. */
  @Column({ type: 'int' })
  periodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: Relation<ReportingPeriodEntity>;

  @Column({ type: 'enum', enum: WorkAreaProgress, enumName: 'work_area_progress' })
  status: WorkAreaProgress;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
