import '#src/database/pg-types.js';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '#src/database/entities.js';
import { MIGRATIONS } from '#src/database/migrations/index.js';
import { QueryLogger } from '#src/database/query-logger.js';
import { SnakeNamingStrategy } from '#src/database/snake-naming.strategy.js';

export interface ConnectionSettings {
  url: string;
  /** 1 on the embedded database: it serves one statement at a time. */
  poolSize: number;
}

/** The one place that says how the API talks to PostgreSQL; the CLI data source uses it too. */
export function typeOrmOptions({ url, poolSize }: ConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
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
