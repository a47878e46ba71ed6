import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { EmbeddedDatabase } from '#src/platform/database/embedded-database.js';

/** Owns the embedded database's lifetime inside the Nest application. */
@Injectable()
export class EmbeddedDatabaseHost implements OnApplicationShutdown {
  private readonly logger = new Logger('EmbeddedDatabase');
  private database?: EmbeddedDatabase;

  async start(dataDir: string): Promise<string> {
    this.database = await EmbeddedDatabase.start(dataDir);
    this.logger.log(`embedded PostgreSQL (PGlite) on ${dataDir}`);
    return this.database.url;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database?.stop();
    this.database = undefined;
  }
}
