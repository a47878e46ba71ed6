import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

const decimal = { type: 'numeric', precision: 18, scale: 4, nullable: true } as const;

/** A numbered part (i), (ii), (iii) of an indicator, tracked on its own baseline and target. */
@Entity('indicator_component')
@Unique('indicator_component_position', ['indicatorId', 'position'])
export class IndicatorComponentEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  indicatorId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<IndicatorEntity>;

  /** 1 for (i), 2 for (ii)... */
  @Column({ type: 'smallint' })
  position: number;

  /** Overrides the indicator's measure when this part is measured differently. */
  @Column({ type: 'enum', enum: Measure, enumName: 'measure', nullable: true })
  measure: Measure | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  unit: string | null;

  @Column(decimal)
  baselineValue: number | null;

  @Column({ type: 'text', nullable: true })
  baselineNarrative: string | null;

  @Column({ type: 'date', nullable: true })
  baselineDate: string | null;

  @Column(decimal)
  targetValue: number | null;

  @Column({ type: 'text', nullable: true })
  targetNarrative: string | null;

  @Column({ type: 'int', nullable: true })
  targetPeriodId: number | null;

  /** The value rule (component-rules.ts): lowest plausible value; null, no lower bound. */
  @Column(decimal)
  minValue: number | null;

  @Column(decimal)
  maxValue: number | null;

  @Column({ type: 'boolean', default: false })
  wholeNumber: boolean;

  /** A result this many times the office's previous one (or 1/this of it) needs an explanation. */
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true })
  jumpFactor: number | null;

  /** Offices' targets must add up to the region's (target-revision/office-targets-add-up.ts). */
  @Column({ type: 'boolean', default: false })
  officeTargetsAddUp: boolean;

  @ManyToOne(() => ReportingPeriodEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_period_id' })
  targetPeriod?: Relation<ReportingPeriodEntity>;
}
