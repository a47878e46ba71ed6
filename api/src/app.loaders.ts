import type { DataSource } from 'typeorm';
import { createDwcpLoaders } from '#src/dwcp/dwcp.loaders.js';
import { createKmLoaders } from '#src/km/km.loaders.js';
import { createPlatformLoaders } from '#src/platform/platform.loaders.js';
import { createResultsLoaders } from '#src/results/results.loaders.js';

/** Fresh loaders for each GraphQL request, so nothing is cached across users or requests: each domain brings its own. */
export const createLoaders = (dataSource: DataSource) => ({
  ...createPlatformLoaders(dataSource),
  ...createResultsLoaders(dataSource),
  ...createDwcpLoaders(dataSource),
  ...createKmLoaders(dataSource),
});

export type Loaders = ReturnType<typeof createLoaders>;
