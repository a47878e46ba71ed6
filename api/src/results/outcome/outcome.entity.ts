import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

@Entity('outcome')
@Unique('outcome_number_in_framework', ['frameworkId', 'number'])
export class OutcomeEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  frameworkId: number;

  @ManyToOne(() => ResultsFrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<ResultsFrameworkEntity>;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
