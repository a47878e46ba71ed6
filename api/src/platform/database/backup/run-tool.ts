import { spawn } from 'node:child_process';
import { BackupError } from '#src/platform/database/backup/backup-error.js';

const INSTALL_HINTS: Record<string, string> = {
  pg_dump: 'install the PostgreSQL client tools (same major version as the server, or newer)',
  pg_restore: 'install the PostgreSQL client tools (same major version as the server, or newer)',
  tar: 'install tar',
};

/**
 * Runs an external tool with its output shown as it comes; resolves when it succeeds and
 * rejects with a BackupError naming the tool when it is missing or fails.
 */
export function runTool(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        const hint = INSTALL_HINTS[command] ?? `install ${command}`;
        reject(new BackupError(`${command} was not found on the PATH: ${hint}.`));
      } else reject(error);
    });
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${command} failed (${signal ?? `exit code ${code}`}); its messages are above.`));
    });
  });
}
