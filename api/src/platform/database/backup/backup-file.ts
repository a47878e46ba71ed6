import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BackupError } from '#src/platform/database/backup/backup-error.js';

/** Where relative paths given on the command line start: npm runs scripts from the root. */
const invocationDir = (): string => process.env.INIT_CWD ?? process.cwd();

/** How backup and restore report progress to the person running them. */
export type Say = (line: string) => void;

/** UTC time as file names can hold it: 2026-11-22T23-40-05Z. */
export const fileTimestamp = (now = new Date()): string => `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;

/** `--file` as given, or backups/roap-<UTC time><extension> under the current directory. */
export function backupTarget(file: string | undefined, extension: string, now = new Date()): string {
  if (file) return resolve(invocationDir(), file);
  return resolve('backups', `roap-${fileTimestamp(now)}${extension}`);
}

/** The file to restore from; restore never guesses one. */
export function restoreSource(file: string | undefined): string {
  if (!file) throw new BackupError('Name the backup to restore: --file <path>. Nothing was changed.');
  const path = resolve(invocationDir(), file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new BackupError(`Backup file not found: ${path}. Nothing was changed.`);
  }
  return path;
}

/**
 * Writes through `<target>.partial`, renamed once complete, so that an interrupted backup never
 * leaves a file that looks whole. Refuses to overwrite an earlier backup.
 */
export async function writeBackup(target: string, write: (partial: string) => Promise<void>): Promise<void> {
  if (existsSync(target)) throw new BackupError(`${target} already exists: choose another --file.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    await write(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

export function describeSize(path: string): string {
  const bytes = statSync(path).size;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
