import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BackupError } from '#src/platform/database/backup/backup-error.js';
import { describeSize, fileTimestamp, type Say, writeBackup } from '#src/platform/database/backup/backup-file.js';
import { runTool } from '#src/platform/database/backup/run-tool.js';
import { DATA_DIR_LOCK_FILE, DataDirInUseError, lockDataDir } from '#src/platform/database/data-dir-lock.js';

/** Present in every PostgreSQL data directory, PGlite's included. */
const MARKER = 'PG_VERSION';

/**
 * A .tar.gz of the data directory, taken while this process holds its lock: the API cannot be
 * running (the copy would be torn) nor start until the copy is complete.
 */
export async function backupEmbeddedDatabase(dataDir: string, target: string, say: Say): Promise<void> {
  const dir = resolve(dataDir);
  if (!existsSync(join(dir, MARKER))) {
    throw new BackupError(
      `No embedded database in ${dir} (no ${MARKER}). Set DATA_DIR to the API's data directory, ` +
        'or DATABASE_URL to back up a PostgreSQL server.',
    );
  }
  const lock = lockOrExplain(dir, 'npm run db:backup');
  try {
    say(`Backing up the embedded database in ${dir} to ${target}`);
    await writeBackup(target, (partial) =>
      runTool('tar', ['--create', '--gzip', `--file=${partial}`, `--exclude=./${DATA_DIR_LOCK_FILE}`, '-C', dir, '.']),
    );
    say(`Backup written: ${target} (${describeSize(target)})`);
  } finally {
    lock.release();
  }
}

/**
 * Unpacks the backup beside the data directory, then swaps it in; the current directory is
 * moved aside, not deleted, in case the backup was the wrong one.
 */
export async function restoreEmbeddedDatabase(dataDir: string, source: string, say: Say): Promise<void> {
  const dir = resolve(dataDir);
  const stamp = fileTimestamp();
  const unpacked = `${dir}.restoring-${stamp}`;
  const aside = `${dir}.before-restore-${stamp}`;
  const lock = lockOrExplain(dir, 'npm run db:restore');
  let swapped = false;
  try {
    say(`Restoring ${source} into ${dir}; the current data directory will be kept as ${aside}`);
    mkdirSync(unpacked);
    await runTool('tar', ['--extract', '--gzip', `--file=${source}`, '-C', unpacked]);
    if (!existsSync(join(unpacked, MARKER))) {
      throw new BackupError(`${source} holds no embedded database (no ${MARKER}). Nothing was changed.`);
    }
    renameSync(dir, aside);
    try {
      renameSync(unpacked, dir);
    } catch (error) {
      renameSync(aside, dir);
      throw error;
    }
    swapped = true;
    say(`Restore finished. The previous data is in ${aside}; delete it once the API runs well on the restored data.`);
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
    // The lock file moved aside with the old directory.
    if (swapped) rmSync(join(aside, DATA_DIR_LOCK_FILE), { force: true });
    else lock.release();
  }
}

function lockOrExplain(dir: string, purpose: string): { release(): void } {
  try {
    return lockDataDir(dir, purpose);
  } catch (error) {
    if (error instanceof DataDirInUseError)
      throw new BackupError(`${error.message} Nothing was changed.`, { cause: error });
    throw error;
  }
}
