import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { Aggregation, Direction, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';

@Entity('indicator')
@Unique('indicator_code_in_outcome', ['outcomeId', 'code'])
export class IndicatorEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  outcomeId: number;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: Relation<OutcomeEntity>;

  /** "2.3": the outcome number, a dot, the indicator's number within the outcome. */
  @Column({ type: 'varchar', length: 10 })
  code: string;

  @Column({ type: 'varchar', length: 1000 })
  title: string;

  /** Notes that qualify the indicator (the strategy's footnotes, survey dimensions). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: IndicatorScope, enumName: 'indicator_scope' })
  scope: IndicatorScope;

  /** Default measure of the indicator's components; a component may override it. */
  @Column({ type: 'enum', enum: Measure, enumName: 'measure' })
  measure: Measure;

  @Column({ type: 'enum', enum: Direction, enumName: 'direction', default: Direction.INCREASE })
  direction: Direction;

  @Column({ type: 'enum', enum: Aggregation, enumName: 'aggregation', default: Aggregation.LATEST })
  aggregation: Aggregation;

  @Column({ type: 'varchar', length: 50, nullable: true })
  unit: string | null;

  /** The indicator of the previous framework version this one continues; unique: one successor each. */
  @Column({ type: 'int', nullable: true, unique: true })
  predecessorId: number | null;
}
