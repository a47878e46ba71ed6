import { restoreSource } from '#src/platform/database/backup/backup-file.js';
import { runBackupCommand } from '#src/cli/backup-command.js';
import { restoreEmbeddedDatabase } from '#src/platform/database/backup/embedded-backup.js';
import { restoreServerDatabase } from '#src/platform/database/backup/server-backup.js';

const USAGE = `Usage: npm run db:restore -- --file <path>

With DATABASE_URL: pg_restore of a .dump from npm run db:backup into that database; what the
backup holds replaces what the database holds, in one transaction.
Without it: replaces the embedded database in DATA_DIR with a .tar.gz from npm run db:backup;
the API must be stopped, and the current directory is kept beside it. See docs/operations.md.`;

await runBackupCommand(USAGE, async ({ file, databaseUrl, dataDir, say }) => {
  const source = restoreSource(file);
  if (databaseUrl) await restoreServerDatabase(databaseUrl, source, say);
  else await restoreEmbeddedDatabase(dataDir, source, say);
});
