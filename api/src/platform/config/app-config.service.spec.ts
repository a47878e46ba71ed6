import { describe, expect, it } from '@jest/globals';
import { logLevelOf, trustProxySetting } from '#src/platform/config/app-config.service.js';

describe('logLevelOf', () => {
  it('is LOG_LEVEL when set, else info (warn in tests, whose output request lines would drown)', () => {
    expect(logLevelOf('debug', 'production')).toBe('debug');
    expect(logLevelOf('silent', 'test')).toBe('silent');
    expect(logLevelOf(undefined, 'production')).toBe('info');
    expect(logLevelOf(undefined, 'development')).toBe('info');
    expect(logLevelOf(undefined, 'test')).toBe('warn');
  });
});

describe('trustProxySetting', () => {
  it('turns TRUST_PROXY into what Express expects: a flag, a hop count or a list of addresses', () => {
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('true')).toBe(true);
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('10.0.0.0/8, 192.168.1.1')).toBe('10.0.0.0/8, 192.168.1.1');
  });
});
