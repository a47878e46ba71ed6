import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';
import { ProgrammeOutcomeEntity } from '#src/dwcp/programme-outcome/programme-outcome.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

/** An output or activity of an implementation plan. */
@Entity('plan_item')
@Unique('plan_item_code', ['planId', 'code'])
export class PlanItemEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => ImplementationPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<ImplementationPlanEntity>;

  /** The output an activity sits under: an output of the same plan (a composite foreign key holds it so). */
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @Column({ type: 'int', nullable: true })
  programmeOutcomeId: number | null;

  @ManyToOne(() => ProgrammeOutcomeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_outcome_id' })
  programmeOutcome?: Relation<ProgrammeOutcomeEntity>;

  @Column({ type: 'enum', enum: PlanItemKind, enumName: 'plan_item_kind' })
  kind: PlanItemKind;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The person or unit responsible. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  responsible: string | null;

  @Column({ type: 'int' })
  startPeriodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'start_period_id' })
  startPeriod?: Relation<ReportingPeriodEntity>;

  @Column({ type: 'int' })
  endPeriodId: number;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'end_period_id' })
  endPeriod?: Relation<ReportingPeriodEntity>;

  @Column({ type: 'enum', enum: FundingSource, enumName: 'funding_source' })
  fundingSource: FundingSource;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  budgetUsd: number | null;

  /** Spent to date, US$: never negative, never above the budget (ADR 0017). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  expenditureUsd: number | null;

  /** Indicator components this item contributes to. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  componentIds: number[];

  /** Carries knowledge-sharing elements: what indicator 3.2 of the strategy counts. */
  @Column({ type: 'boolean', default: false })
  knowledgeSharing: boolean;
}
