import argon2 from 'argon2';

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

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so that a missing account takes as long as a wrong password.
export const DUMMY_HASH = await hashPassword('not-a-real-password-0');
