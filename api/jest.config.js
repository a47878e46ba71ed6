import { shared } from './jest.shared.js';

// Unit tests: pure functions beside the code, no database.
export default {
  ...shared,
  reporters: ['default', ['<rootDir>/../test/reporting/totals-reporter.mjs', { suite: 'unit' }]],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
