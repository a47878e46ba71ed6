import { describe, expect, it } from '@jest/globals';
import { FixedWindowCounter } from '#src/auth/login-rate-limiter.js';

describe('FixedWindowCounter', () => {
  it('allows `limit` attempts per key and window, then says how long to wait', () => {
    let now = 1_000;
    const counter = new FixedWindowCounter({ limit: 3, windowMs: 60_000 }, () => now);
    expect([counter.hit('a'), counter.hit('a'), counter.hit('a')]).toEqual([0, 0, 0]);
    now += 10_000;
    expect(counter.hit('a')).toBe(50_000);
    expect(counter.hit('b')).toBe(0);
    now += 50_000;
    expect(counter.hit('a')).toBe(0);
  });
});
