import { describeSize, type Say, writeBackup } from '#src/platform/database/backup/backup-file.js';
import { maskDatabaseUrl, toolConnection } from '#src/platform/database/backup/database-url.js';
import { runTool } from '#src/platform/database/backup/run-tool.js';

// The migration's own function (docs/adr/0008); a backup older than it has nothing to move.
const MOVE_DATA_REVISION = `DO $$ BEGIN
  IF to_regprocedure('move_data_revision()') IS NOT NULL THEN PERFORM move_data_revision(); END IF;
END $$`;

/** pg_dump's custom format: compressed, and pg_restore can restore all of it or parts. */
export async function backupServerDatabase(databaseUrl: string, target: string, say: Say): Promise<void> {
  const { dbname, env } = toolConnection(databaseUrl);
  say(`Backing up ${maskDatabaseUrl(databaseUrl)} with pg_dump to ${target}`);
  await writeBackup(target, (partial) =>
    runTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env),
  );
  say(`Backup written: ${target} (${describeSize(target)})`);
}

/**
 * Replaces every object the backup holds, in one transaction: on any error nothing changes.
 * Tables the backup does not hold (added by a later migration) are left alone.
 */
export async function restoreServerDatabase(databaseUrl: string, source: string, say: Say): Promise<void> {
  const { dbname, env } = toolConnection(databaseUrl);
  say(
    `Restoring ${source} into ${maskDatabaseUrl(databaseUrl)}: the tables, data and other objects in the ` +
      'backup replace those in the database (pg_restore --clean --if-exists --no-owner --single-transaction)',
  );
  await runTool(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${dbname}`, source],
    env,
  );
  // API instances keep computed progress until the data revision moves (docs/adr/0008): moving it
  // here means none of them can mistake the restored data for what it computed before.
  await runTool('psql', ['--no-psqlrc', '-v', 'ON_ERROR_STOP=1', `--dbname=${dbname}`, '-c', MOVE_DATA_REVISION], env);
  say('Restore finished. Running API instances will recompute their figures from the restored data.');
}
