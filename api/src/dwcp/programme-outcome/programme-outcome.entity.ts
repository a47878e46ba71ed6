import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';

/** A country programme outcome, e.g. "BGD101", optionally contributing to framework outcomes. */
@Entity('programme_outcome')
@Unique('programme_outcome_code', ['programmeId', 'code'])
export class ProgrammeOutcomeEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  programmeId: number;

  @ManyToOne(() => CountryProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<CountryProgrammeEntity>;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Outcomes of results frameworks (e.g. the knowledge strategy) this outcome contributes to. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  frameworkOutcomeIds: number[];
}
