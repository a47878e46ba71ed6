import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

/** A Decent Work Country Programme, run by one office for one member State. */
@Entity('country_programme')
@Check('country_programme_years', '"end_year" >= "start_year"')
@Index(['officeId'])
export class CountryProgrammeEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  /** ISO 3166-1 alpha-3, one of the office's countries. */
  @Column({ type: 'char', length: 3 })
  countryCode: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'smallint' })
  startYear: number;

  @Column({ type: 'smallint' })
  endYear: number;

  @Column({ type: 'enum', enum: ProgrammeStatus, enumName: 'programme_status', default: ProgrammeStatus.ACTIVE })
  status: ProgrammeStatus;
}
