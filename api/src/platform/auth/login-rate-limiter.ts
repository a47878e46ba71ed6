import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** One counted attempt: what it is counted under, and that key's limit. */
export interface AttemptKey {
  key: string;
  limit: number;
}

interface WindowRow {
  key: string;
  attempts: number;
  wait_ms: number;
}

const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * Fixed-window attempt counters in PostgreSQL, so that every API instance counts the same
 * attempts (docs/adr/0005-login-rate-limiter.md). A window opens at a key's first attempt and
 * lasts `windowMs`; keys are stored hashed.
 */
export class LoginAttemptCounter {
  private lastSweep = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly windowMs: number,
  ) {}

  /**
   * Counts one attempt under each key, atomically across instances; returns the milliseconds to
   * wait when any key is over its limit, else 0.
   */
  async hit(keys: AttemptKey[]): Promise<number> {
    const hashes = keys.map(({ key }) => hashOf(key));
    const rows = (await this.dataSource.query(
      `INSERT INTO login_attempt_window AS w (key_hash, window_ends_at, attempts)
       SELECT decode(key, 'hex'), now() + make_interval(secs => $2::double precision / 1000), 1
         FROM unnest($1::text[]) AS key
       ON CONFLICT (key_hash) DO UPDATE
          SET attempts = CASE WHEN w.window_ends_at > now() THEN w.attempts + 1 ELSE 1 END,
              window_ends_at = CASE WHEN w.window_ends_at > now() THEN w.window_ends_at ELSE EXCLUDED.window_ends_at END
       RETURNING encode(key_hash, 'hex') AS key, attempts, (extract(epoch FROM window_ends_at - now()) * 1000)::float8 AS wait_ms`,
      [hashes, this.windowMs],
    )) as WindowRow[];
    await this.sweepNowAndThen();
    let wait = 0;
    for (const row of rows) {
      if (row.attempts > keys[hashes.indexOf(row.key)]!.limit) wait = Math.max(wait, row.wait_ms, 1);
    }
    return wait;
  }

  /** Ended windows are deleted at most once a window per instance. */
  private async sweepNowAndThen(): Promise<void> {
    if (Date.now() - this.lastSweep < this.windowMs) return;
    this.lastSweep = Date.now();
    await this.dataSource.query(`DELETE FROM login_attempt_window WHERE window_ends_at <= now()`);
  }
}
