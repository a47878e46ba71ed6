import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfigService } from '#src/platform/config/app-config.service.js';

/** Brings the database to the schema this build expects, unless RUN_MIGRATIONS says another step does it. */
@Injectable()
export class DatabaseBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfigService,
  ) {}

  async migrate(): Promise<void> {
    if (!this.config.get('RUN_MIGRATIONS')) return;
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) this.logger.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
  }
}
