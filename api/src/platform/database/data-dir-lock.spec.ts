import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR_LOCK_FILE, DataDirInUseError, lockDataDir } from '#src/platform/database/data-dir-lock.js';

describe('lockDataDir', () => {
  let dir: string;
  let lockFile: string;
  const writeOwner = (owner: object): void => writeFileSync(lockFile, JSON.stringify(owner));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'roap-lock-'));
    lockFile = join(dir, DATA_DIR_LOCK_FILE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes who holds the directory and removes the file on release', () => {
    const lock = lockDataDir(dir, 'the ROAP API');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      purpose: 'the ROAP API',
    });
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses while a running process of this host holds it, naming that process', () => {
    writeOwner({ pid: process.ppid, hostname: hostname(), purpose: 'the ROAP API', since: 'then' });
    expect(() => lockDataDir(dir, 'npm run db:backup')).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir, 'npm run db:backup')).toThrow(`the ROAP API (process ${process.ppid} on`);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeOwner({ pid: gone, hostname: hostname(), purpose: 'the ROAP API', since: 'then' });
    lockDataDir(dir, 'npm run db:backup');
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
  });

  it('refuses a lock of another host, which it cannot check, and says how to clear it', () => {
    writeOwner({ pid: process.pid, hostname: 'another-container', purpose: 'the ROAP API', since: 'then' });
    expect(() => lockDataDir(dir, 'npm run db:backup')).toThrow(`delete ${lockFile}`);
  });

  it('refuses a lock file it cannot read rather than guess', () => {
    writeFileSync(lockFile, '');
    expect(() => lockDataDir(dir, 'npm run db:backup')).toThrow('in use by another process');
  });

  it('leaves alone a lock another process took over since', () => {
    const lock = lockDataDir(dir, 'npm run db:backup');
    writeOwner({ pid: process.ppid, hostname: hostname(), purpose: 'the ROAP API', since: 'now' });
    lock.release();
    expect(existsSync(lockFile)).toBe(true);
  });
});
