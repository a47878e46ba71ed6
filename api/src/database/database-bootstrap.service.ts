import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfigService } from '#src/config/app-config.service.js';
import { DemoDataLoader } from '#src/database/seeds/demo-data.loader.js';

/** Brings the database to the state the API expects: current schema, demo data when asked. */
@Injectable()
export class DatabaseBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfigService,
    private readonly demoData: DemoDataLoader,
  ) {}

  async prepare(): Promise<void> {
    if (this.config.get('RUN_MIGRATIONS')) {
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) this.logger.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    }
    if (this.config.loadDemoData) await this.demoData.loadIntoEmptyDatabase();
  }
}
