import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { type DataDirLock, lockDataDir } from '#src/platform/database/data-dir-lock.js';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port so that the ordinary
 * `pg` driver, TypeORM and its migrations work unchanged. One connection only: PGlite runs one
 * statement at a time and interleaved connections corrupt each other's protocol state.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lock: DataDirLock | undefined,
    readonly url: string,
  ) {}

  /**
   * Starts on `dataDir` (kept across restarts) or in memory when it is undefined. `purpose` names
   * this process in the data directory's lock, for whoever finds it in use (see data-dir-lock.ts).
   */
  static async start(dataDir: string | undefined, purpose = 'the ROAP API'): Promise<EmbeddedDatabase> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const lock = dataDir ? lockDataDir(dataDir, purpose) : undefined;
    try {
      const db = await PGlite.create(dataDir ? { dataDir } : {});
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
      await server.start();
      return new EmbeddedDatabase(db, server, lock, `postgres://postgres@${server.getServerConn()}/postgres`);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    this.lock?.release();
  }
}
