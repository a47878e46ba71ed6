import type { Server } from 'node:http';
import { Logger, type INestApplication } from '@nestjs/common';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** Stops listening at once, and resolves when every connection has closed. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Keep-alive connections are closed as soon as their request has been answered.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * SIGTERM (or SIGINT): no new connections; the requests under way finish; then the application
 * closes (database pool, embedded database) and the process exits 0. Requests still running after
 * `timeoutMs` make it exit 1 without them: their transactions roll back.
 */
export function exitGracefullyOnSignals(app: INestApplication, timeoutMs: number): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: string) => {
    // npm start passes the signal on to the API, which may also get it from the process group.
    if (stopping) return;
    stopping = true;
    // The listening socket is closed before the line is written, so whoever reads it can rely on it.
    const closed = closeServer(app.getHttpServer() as Server);
    logger.log(
      `${signal} received: accepting no new connections, finishing requests under way (${timeoutMs} ms at most)`,
    );
    setTimeout(() => {
      logger.error(`requests still under way ${timeoutMs} ms after ${signal}: exiting without them`);
      process.exit(1);
    }, timeoutMs).unref();
    try {
      await closed;
      await app.close();
      logger.log('stopped');
      process.exit(0);
    } catch (error) {
      logger.error(
        `could not stop cleanly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exit(1);
    }
  };
  for (const signal of SIGNALS) process.on(signal, (received: string) => void stop(received));
}
