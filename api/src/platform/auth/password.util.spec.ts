import { describe, expect, it } from '@jest/globals';
import { hashPassword, passwordProblem, verifyPassword } from '#src/platform/auth/password.util.js';

describe('passwords', () => {
  it('need ten characters mixing letters with digits or symbols, without the email', () => {
    expect(passwordProblem('short1')).toMatch(/at least 10/);
    expect(passwordProblem('onlyletterslong')).toMatch(/mix letters/);
    expect(passwordProblem('1234567890')).toMatch(/mix letters/);
    expect(passwordProblem('dhaka-po-2009', 'dhaka-po@example.org')).toMatch(/email/);
    expect(passwordProblem('Knowledge-2009')).toBeNull();
  });

  it('are stored as argon2id hashes that verify only the right password', async () => {
    const hash = await hashPassword('Knowledge-2009');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'Knowledge-2009')).toBe(true);
    expect(await verifyPassword(hash, 'knowledge-2009')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
