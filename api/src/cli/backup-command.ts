import { parseArgs } from 'node:util';
import { BackupError } from '#src/platform/database/backup/backup-error.js';
import type { Say } from '#src/platform/database/backup/backup-file.js';
import { type EnvironmentVariables, validateEnvironment } from '#src/platform/config/env.validation.js';

export interface BackupCommandContext {
  /** --file as given on the command line. */
  file: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  say: Say;
}

/**
 * What `npm run db:backup` and `npm run db:restore` share: the --file option, the environment
 * the API reads (DATABASE_URL, else DATA_DIR), and a plain message with exit code 1 on failure.
 */
function environment(): EnvironmentVariables {
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    throw new BackupError((error as Error).message, { cause: error });
  }
}

export async function runBackupCommand(
  usage: string,
  action: (context: BackupCommandContext) => Promise<void>,
): Promise<void> {
  try {
    const { values } = parseArgs({ options: { file: { type: 'string' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(usage);
      return;
    }
    const env = environment();
    await action({
      file: values.file,
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      say: (line) => console.log(line),
    });
  } catch (error) {
    const expected = error instanceof BackupError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(expected ? `Error: ${(error as Error).message}\n\n${usage}` : error);
    process.exitCode = 1;
  }
}
