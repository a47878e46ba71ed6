import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';

const decimal = { type: 'numeric', precision: 18, scale: 4, nullable: true } as const;

/**
 * A component's baseline and target from a date on, for the region (officeId null) or one office.
 * Achievement for a period uses the revision in force at its end (progress/target-in-force.sql.ts).
 */
@Entity('target_revision')
export class TargetRevisionEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  componentId: number;

  @ManyToOne(() => IndicatorComponentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'component_id' })
  component?: Relation<IndicatorComponentEntity>;

  /** null: the region's target. */
  @Column({ type: 'int', nullable: true })
  officeId: number | null;

  @ManyToOne(() => OfficeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column(decimal)
  baselineValue: number | null;

  @Column({ type: 'text', nullable: true })
  baselineNarrative: string | null;

  @Column(decimal)
  targetValue: number | null;

  @Column({ type: 'text', nullable: true })
  targetNarrative: string | null;

  /** The first day it applies: the start of appliesFromPeriod, or the framework's start for the initial revision. */
  @Column({ type: 'date' })
  appliesFrom: string;

  @Column({ type: 'int', nullable: true })
  appliesFromPeriodId: number | null;

  @ManyToOne(() => ReportingPeriodEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applies_from_period_id' })
  appliesFromPeriod?: Relation<ReportingPeriodEntity>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}
