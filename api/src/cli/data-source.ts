import { DataSource } from 'typeorm';
import { ENTITIES } from '#src/entities.js';
import { typeOrmOptions } from '#src/platform/database/typeorm-options.js';

// Used by the TypeORM CLI only (migration:generate, migration:revert); the API builds its own.
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set to generate or revert migrations');

export default new DataSource(typeOrmOptions({ url, poolSize: 1, entities: ENTITIES }));
