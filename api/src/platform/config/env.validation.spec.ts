import { describe, expect, it } from '@jest/globals';
import { validateEnvironment } from '#src/platform/config/env.validation.js';

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

  it('never prints the value of a secret it refuses', () => {
    const refusal = () =>
      validateEnvironment({ JWT_SECRET: 'my-short-secret', SMTP_URL: 'smtp//mailer:Pa55word@mail.example.org' });
    expect(refusal).toThrow(/JWT_SECRET=\(value hidden\): .*32/);
    expect(refusal).toThrow(/SMTP_URL=\(value hidden\)/);
    expect(refusal).not.toThrow(/my-short-secret|Pa55word/);
  });

  it('refuses to start in production without a JWT secret', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).NODE_ENV).toBe('production');
  });

  it('validates the operations settings, with defaults', () => {
    expect(validateEnvironment({})).toMatchObject({
      DATABASE_CONNECT_RETRIES: 10,
      DATABASE_CONNECT_RETRY_DELAY_MS: 2000,
      DATABASE_CONNECT_TIMEOUT_MS: 10_000,
      SHUTDOWN_TIMEOUT_MS: 8000,
    });
    expect(validateEnvironment({}).LOG_LEVEL).toBeUndefined();
    expect(validateEnvironment({ LOG_LEVEL: 'silent', DATABASE_CONNECT_RETRIES: '0' })).toMatchObject({
      LOG_LEVEL: 'silent',
      DATABASE_CONNECT_RETRIES: 0,
    });
    expect(() => validateEnvironment({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud": LOG_LEVEL must be one of/);
    expect(() => validateEnvironment({ DATABASE_CONNECT_RETRIES: '-1' })).toThrow(/DATABASE_CONNECT_RETRIES="?-1/);
    expect(() => validateEnvironment({ DATABASE_CONNECT_RETRY_DELAY_MS: 'soon' })).toThrow(
      /DATABASE_CONNECT_RETRY_DELAY_MS="soon"/,
    );
    expect(() => validateEnvironment({ DATABASE_CONNECT_TIMEOUT_MS: '5' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS=5/);
    expect(() => validateEnvironment({ SHUTDOWN_TIMEOUT_MS: '1.5' })).toThrow(/SHUTDOWN_TIMEOUT_MS=1.5/);
    expect(validateEnvironment({}).TRUST_PROXY).toBe('false');
    expect(validateEnvironment({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toBe('10.0.0.0/8, 127.0.0.1');
    expect(() => validateEnvironment({ TRUST_PROXY: 'everyone!' })).toThrow(
      /TRUST_PROXY="everyone!": must be false, true/,
    );
  });

  it('reads the milestone thresholds, with the fair defaults, and refuses contradictory ones clearly', () => {
    expect(validateEnvironment({})).toMatchObject({
      PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED: 0.5,
      PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED: 0.75,
      PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED: 0.75,
      PROGRESS_MILESTONE_IN_PROGRESS_OFF_TRACK_ELAPSED: 1,
    });
    expect(validateEnvironment({ PROGRESS_MILESTONE_AT_RISK_ELAPSED: '0.4' })).toMatchObject({
      PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED: 0.4,
    });
    expect(() => validateEnvironment({ PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED: '1.5' })).toThrow(
      /PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED=1.5: .*must not be greater than 1/,
    );
    expect(() => validateEnvironment({ PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED: '0.3' })).toThrow(
      /PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED \(0.5\) must not exceed PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED \(0.3\)/,
    );
  });

  it('takes a reporting date written YYYY-MM-DD, and only a real one', () => {
    expect(validateEnvironment({}).REPORTING_DATE).toBeUndefined();
    expect(validateEnvironment({ REPORTING_DATE: '2009-08-20' }).REPORTING_DATE).toBe('2009-08-20');
    expect(() => validateEnvironment({ REPORTING_DATE: '20/08/2009' })).toThrow(
      /REPORTING_DATE="20\/08\/2009": .*YYYY-MM-DD/,
    );
    expect(() => validateEnvironment({ REPORTING_DATE: '2009-02-30' })).toThrow(/REPORTING_DATE="2009-02-30"/);
  });
});
