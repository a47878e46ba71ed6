import { shared } from './jest.shared.js';

// Unit tests: pure functions beside the code, no database.
export default {
  ...shared,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
