import '#src/platform/database/pg-types.js';
import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { MIGRATIONS } from '#src/platform/database/migrations/index.js';
import { QueryLogger } from '#src/platform/database/query-logger.js';
import { SnakeNamingStrategy } from '#src/platform/database/snake-naming.strategy.js';

export interface ConnectionSettings {
  url: string;
  /** 1 on the embedded database: it serves one statement at a time. */
  poolSize: number;
  /** The API lets each domain module register its own; command-line tools list them (src/entities.ts). */
  entities?: MixedList<string | EntitySchema | (new () => unknown)>;
}

/** The one place that says how the API talks to PostgreSQL; the CLI data source uses it too. */
export function typeOrmOptions({ url, poolSize, entities = [] }: ConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logger: new QueryLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: poolSize },
  };
}
