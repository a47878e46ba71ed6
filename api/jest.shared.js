import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));

/** ESM + swc settings shared by the unit and integration configs. */
export const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^#src/(.*)\\.js$': '<rootDir>/src/$1', '^#test/(.*)\\.js$': '<rootDir>/test/$1' },
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, exclude: [] }] },
};
