import { BackupError } from '#src/platform/database/backup/backup-error.js';

function parsePostgresUrl(databaseUrl: string): URL | undefined {
  try {
    const url = new URL(databaseUrl);
    return ['postgres:', 'postgresql:'].includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The URL with its password replaced by ***, for messages and logs. */
export function maskDatabaseUrl(databaseUrl: string): string {
  const url = parsePostgresUrl(databaseUrl);
  if (!url) return '(DATABASE_URL, not a postgres:// URL)';
  if (url.password) url.password = '***';
  return url.toString();
}

export interface ToolConnection {
  /** For --dbname: the URL without its password, which would show in the process list. */
  dbname: string;
  /** PGPASSWORD for pg_dump and pg_restore, when the URL has a password. */
  env: Record<string, string>;
}

/** How pg_dump and pg_restore reach DATABASE_URL without the password on their command line. */
export function toolConnection(databaseUrl: string): ToolConnection {
  const url = parsePostgresUrl(databaseUrl);
  if (!url) {
    throw new BackupError('DATABASE_URL is not a postgres:// URL (postgres://user:password@host:port/database).');
  }
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}
