import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { describeServer, waitForDatabase } from '#src/platform/database/wait-for-database.js';

/** A port nothing listens on: taken, then released. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('describeServer', () => {
  it('names host, port and database, never the user or password', () => {
    expect(describeServer('postgres://roap:s3cret-pw@db.example.org:6543/roap')).toBe('db.example.org:6543/roap');
    expect(describeServer('postgres://roap:s3cret-pw@db/roap')).toBe('db:5432/roap');
    expect(describeServer('postgres:///roap?host=/var/run/postgresql')).toBe('/var/run/postgresql:5432/roap');
    expect(describeServer('not a url s3cret-pw')).not.toContain('s3cret');
  });
});

describe('waitForDatabase', () => {
  it('retries as configured, then gives up naming the server, without the password', async () => {
    const port = await closedPort();
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message), log: () => undefined };
    const waiting = waitForDatabase(
      `postgres://roap:s3cret-pw@127.0.0.1:${port}/roap`,
      { retries: 2, delayMs: 1, timeoutMs: 2000 },
      logger as never,
    );
    const failure = (await waiting.catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(
      new RegExp(`^cannot connect to PostgreSQL at 127.0.0.1:${port}/roap after 3 attempt`),
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/retry 2 of 2/);
    expect([failure.message, ...warnings].join('\n')).not.toContain('s3cret');
  });
});
