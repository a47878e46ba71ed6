import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ReviewedEntity } from '#src/dwcp/progress-report/reviewed.entity.js';

/** What a programme plans to deliver in one year; submitted and approved like a progress report. */
@Entity('implementation_plan')
@Unique('implementation_plan_year', ['programmeId', 'year'])
export class ImplementationPlanEntity extends ReviewedEntity {
  @Column({ type: 'int' })
  programmeId: number;

  @ManyToOne(() => CountryProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<CountryProgrammeEntity>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
