import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Reads the counter every committed change to a progress source moves on (migration data-revision). */
@Injectable()
export class DataRevision {
  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<string> {
    const [row] = (await this.dataSource.query('SELECT revision::text AS revision FROM data_revision')) as {
      revision: string;
    }[];
    return row!.revision;
  }
}
