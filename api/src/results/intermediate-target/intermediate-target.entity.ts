import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

/** A milestone on the way to a component's target: the value expected by the end of a period. */
@Entity('intermediate_target')
// Unique per component, period and office, NULLS NOT DISTINCT (migration TargetRevisions).
export class IntermediateTargetEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  componentId: number;

  @ManyToOne(() => IndicatorComponentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'component_id' })
  component?: Relation<IndicatorComponentEntity>;

  @Column({ type: 'int' })
  periodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: Relation<ReportingPeriodEntity>;

  /** An office's own intermediate target; null: the region's (progress/target-in-force.sql.ts). */
  @Column({ type: 'int', nullable: true })
  officeId: number | null;

  @ManyToOne(() => OfficeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value: number | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;
}
