import { shared } from './jest.shared.js';

// Tests against a real PostgreSQL: the server of DATABASE_URL (a fresh database is created on
// it) or, when unset, an embedded PGlite. One file at a time: they share that database.
export default {
  ...shared,
  reporters: ['default', ['<rootDir>/../test/reporting/totals-reporter.mjs', { suite: 'integration' }]],
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/utils/global-setup.mjs',
  globalTeardown: '<rootDir>/test/utils/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 60_000,
};
