// Component tests: React components rendered in jsdom, compiled to CommonJS by swc (react-admin ships CommonJS builds).
export default {
  rootDir: '.',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // A few dependencies ship ESM only; swc compiles them like our sources.
  transformIgnorePatterns: ['/node_modules/(?!(react-hotkeys-hook)/)'],
  setupFiles: ['<rootDir>/jest.setup.js'],
  reporters: ['default', ['<rootDir>/../test/reporting/totals-reporter.mjs', { suite: 'ui-components' }]],
};
