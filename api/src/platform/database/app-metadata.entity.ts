import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Facts about the database itself, such as which dataset (demo or synthetic) it holds. */
@Entity('app_metadata')
export class AppMetadataEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  value: string;
}
