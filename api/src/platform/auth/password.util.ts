import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

const MIN_LENGTH = 10;
const MAX_LENGTH = 200;

/** Why a password is too weak, or null. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_LENGTH) return `must be at least ${MIN_LENGTH} characters long`;
  if (password.length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters long`;
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z]/.test(password)) {
    return 'must mix letters with digits or symbols';
  }
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())) {
    return 'must not contain the email address';
  }
  return null;
}

/**
 * argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane), in WebAssembly: the native argon2
 * package's prebuilt binary crashed on these machines (docs/adr/0006-password-hashing.md).
 */
export const hashPassword = (password: string): Promise<string> =>
  argon2id({
    password,
    salt: randomBytes(16),
    parallelism: 1,
    iterations: 2,
    memorySize: 19_456,
    hashLength: 32,
    outputType: 'encoded',
  });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so that a missing account takes as long as a wrong password.
export const DUMMY_HASH = await hashPassword('not-a-real-password-0');
