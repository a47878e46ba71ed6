import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite writes no usable postmaster.pid (its pid is a constant) and lets a second process open
 * the same data directory, which corrupts it. Every process that opens the embedded database
 * (the API, the migrate and synthetic-data CLIs, backup and restore) holds this file meanwhile.
 */
export const DATA_DIR_LOCK_FILE = 'roap.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  purpose: string;
  since: string;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, owner: LockOwner | undefined) {
    const lockFile = join(dataDir, DATA_DIR_LOCK_FILE);
    const who = owner
      ? `${owner.purpose} (process ${owner.pid} on ${owner.hostname}, since ${owner.since})`
      : 'another process';
    super(
      `The embedded database in ${dataDir} is in use by ${who}. Stop it first. ` +
        `If that process no longer runs (for example it ran on another host or container), delete ${lockFile}.`,
    );
  }
}

export interface DataDirLock {
  /** Removes the lock file, unless another process has taken it over since. */
  release(): void;
}

/** Takes the data directory for this process, or throws DataDirInUseError naming who has it. */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), purpose, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      return { release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(file);
    if (!isStale(current)) throw new DataDirInUseError(dataDir, current);
    // Left behind by a process that crashed or was killed: take it over.
    rmSync(file, { force: true });
  }
  throw new DataDirInUseError(dataDir, readOwner(file));
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return undefined;
    return { pid: parsed.pid, hostname: parsed.hostname, purpose: String(parsed.purpose), since: String(parsed.since) };
  } catch {
    return undefined;
  }
}

/** Only a lock of this host can be checked; our own pid means an earlier life of this container. */
function isStale(owner: LockOwner | undefined): boolean {
  if (!owner || owner.hostname !== hostname()) return false;
  return owner.pid === process.pid || !processExists(owner.pid);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(file: string): void {
  if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
}
