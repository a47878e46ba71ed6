import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

/** A milestone on the way to a component's target: the value expected by the end of a period. */
@Entity('intermediate_target')
@Unique('intermediate_target_period', ['componentId', 'periodId'])
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

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value: number | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;
}
