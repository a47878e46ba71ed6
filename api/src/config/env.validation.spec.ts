import { describe, expect, it } from '@jest/globals';
import { validateEnvironment } from '#src/config/env.validation.js';

describe('validateEnvironment', () => {
  it('gives defaults for a development machine', () => {
    expect(validateEnvironment({})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATA_DIR: './data',
      JWT_EXPIRES_IN: '8h',
    });
  });

  it('names each wrong variable and why', () => {
    expect(() => validateEnvironment({ PORT: 'eighty', JWT_EXPIRES_IN: 'forever' })).toThrow(
      /PORT="eighty".*\n.*JWT_EXPIRES_IN="forever"/,
    );
    expect(() => validateEnvironment({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET=.*longer than or equal to 32/);
  });

  it('refuses to start in production without a JWT secret', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).NODE_ENV).toBe('production');
  });
});
