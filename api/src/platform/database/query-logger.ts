import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts every SQL statement (tests use the count to prove there is no N+1) and reports
 * failures and slow statements through Nest's logger.
 */
export class QueryLogger implements TypeOrmLogger {
  private static statements = 0;
  private static readonly background = new AsyncLocalStorage<true>();
  private readonly logger = new NestLogger('SQL');

  static get count(): number {
    return QueryLogger.statements;
  }

  /** Runs `work` and returns how many statements it sent. Tests run one request at a time. */
  static async countDuring(work: () => Promise<unknown>): Promise<number> {
    const before = QueryLogger.statements;
    await work();
    return QueryLogger.statements - before;
  }

  /**
   * Runs background work (a periodic refresh a request merely happens to start) whose statements
   * are not the request's: a per-request count stays the request's own, however slow the machine.
   */
  static uncounted<T>(work: () => Promise<T>): Promise<T> {
    return QueryLogger.background.run(true, work);
  }

  logQuery(): void {
    if (!QueryLogger.background.getStore()) QueryLogger.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug(`${error instanceof Error ? error.message : error} in ${query.slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow statement (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
