import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

// A probe must answer quickly even when the database hangs: past this, the check counts as down.
const CHECK_TIMEOUT_MS = 2000;

/** Readiness of the database: it answers, and its schema is the one this build expects. */
@Injectable()
export class DatabaseHealth {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  reachable() {
    return this.indicators
      .check('database')
      .attempt(async () => {
        try {
          await this.dataSource.query('SELECT 1');
        } catch (error) {
          // The probe is public: the cause goes to the log, not to the caller.
          this.logger.warn(`not ready: ${(error as Error).message}`);
          throw new Error('unreachable', { cause: error });
        }
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  /** No migration of this build is missing from the database (RUN_MIGRATIONS=false leaves them to db:migrate). */
  migrated() {
    return this.indicators
      .check('migrations')
      .attempt(async () => {
        const table = this.dataSource.options.migrationsTableName ?? 'migrations';
        const rows = (await this.dataSource.query(`SELECT name FROM ${table}`).catch(() => {
          throw new Error('unknown: the migrations table could not be read');
        })) as { name: string }[];
        const applied = new Set(rows.map((row) => row.name));
        const pending = this.dataSource.migrations
          .map((migration) => migration.name ?? migration.constructor.name)
          .filter((name) => !applied.has(name));
        if (pending.length > 0) {
          this.logger.warn(
            `not ready: migrations not applied: ${pending.join(', ')} (start with RUN_MIGRATIONS=true, or npm run db:migrate -w @roap/api)`,
          );
          throw new Error(`${pending.length} pending`);
        }
        return { applied: applied.size };
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }
}
