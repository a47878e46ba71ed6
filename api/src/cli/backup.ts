import { backupTarget } from '#src/platform/database/backup/backup-file.js';
import { runBackupCommand } from '#src/cli/backup-command.js';
import { backupEmbeddedDatabase } from '#src/platform/database/backup/embedded-backup.js';
import { backupServerDatabase } from '#src/platform/database/backup/server-backup.js';

const USAGE = `Usage: npm run db:backup [-- --file <path>]

With DATABASE_URL: pg_dump --format=custom of that database (default backups/roap-<time>.dump).
Without it: a .tar.gz of the embedded database in DATA_DIR, which must not be in use by a
running API (default backups/roap-<time>.tar.gz). See docs/operations.md.`;

await runBackupCommand(USAGE, async ({ file, databaseUrl, dataDir, say }) => {
  if (databaseUrl) await backupServerDatabase(databaseUrl, backupTarget(file, '.dump'), say);
  else await backupEmbeddedDatabase(dataDir, backupTarget(file, '.tar.gz'), say);
});
