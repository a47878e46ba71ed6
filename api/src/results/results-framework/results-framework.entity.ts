import { Check, Column, Entity } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';

@Entity('results_framework')
@Check('results_framework_dates', '"end_date" >= "start_date"')
export class ResultsFrameworkEntity extends TimestampedEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  /** When it was published to viewers (donors, constituents, partners); null while a draft. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The framework this one is the next version of (copyResultsFramework); unique: one successor each. */
  @Column({ type: 'int', nullable: true, unique: true })
  predecessorId: number | null;
}
