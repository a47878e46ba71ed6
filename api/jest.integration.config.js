import { availableParallelism } from 'node:os';
import { shared } from './jest.shared.js';

// Tests against a real PostgreSQL: the server of DATABASE_URL or, when unset, an embedded PGlite.
// Each test file here is a suite (one per domain) that loads its folder's *.integration.ts files
// and boots the API once for all of them; suites run in parallel, each worker on its own database
// (test/utils/global-setup.mjs). INTEGRATION_SUBSET=embedded runs only the embedded suite: the
// files tagged `// @embedded: ...`, on PGlite whatever DATABASE_URL says.
const embeddedSubset = process.env.INTEGRATION_SUBSET === 'embedded';

export default {
  ...shared,
  reporters: [
    'default',
    [
      '<rootDir>/../test/reporting/totals-reporter.mjs',
      { suite: embeddedSubset ? 'integration-embedded' : 'integration' },
    ],
  ],
  testMatch: embeddedSubset
    ? ['<rootDir>/test/integration/embedded.integration-spec.ts']
    : ['<rootDir>/test/integration/*.integration-spec.ts', '!**/embedded.integration-spec.ts'],
  globalSetup: '<rootDir>/test/utils/global-setup.mjs',
  globalTeardown: '<rootDir>/test/utils/global-teardown.mjs',
  setupFiles: ['<rootDir>/test/utils/worker-database.ts'],
  // The embedded suite is one file: one worker, one PGlite.
  maxWorkers: embeddedSubset ? 1 : Number(process.env.INTEGRATION_WORKERS ?? availableParallelism()),
  testTimeout: 60_000,
};
