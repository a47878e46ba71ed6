import { Logger } from '@nestjs/common';
import pg from 'pg';

export interface ConnectAttempts {
  /** Attempts after the first. */
  retries: number;
  delayMs: number;
  /** How long one attempt may take (a host that drops packets never refuses). */
  timeoutMs: number;
}

/** host:port/database of a connection URL, for messages: never the user or password. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.searchParams.get('host') ?? (parsed.hostname || 'localhost');
    return `${host}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the server of DATABASE_URL (not a valid URL)';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until PostgreSQL accepts a connection, so that a database that starts after the API (a
 * container, a restart) is awaited, and one that never comes stops start-up with its address.
 */
export async function waitForDatabase(url: string, attempts: ConnectAttempts, logger = new Logger('Database')) {
  const server = describeServer(url);
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: attempts.timeoutMs });
    try {
      await client.connect();
      await client.end();
      if (attempt > 0) logger.log(`PostgreSQL at ${server} is reachable`);
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      const reason = (error as Error).message || String(error);
      if (attempt >= attempts.retries) {
        throw new Error(`cannot connect to PostgreSQL at ${server} after ${attempt + 1} attempt(s): ${reason}`, {
          cause: error,
        });
      }
      logger.warn(
        `cannot connect to PostgreSQL at ${server} (${reason}): retry ${attempt + 1} of ${attempts.retries} in ${attempts.delayMs} ms`,
      );
      await sleep(attempts.delayMs);
    }
  }
}
