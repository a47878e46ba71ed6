import { Logger, PinoLogger } from 'nestjs-pino';
import { pino } from 'pino';
import type { LogLevel } from '#src/platform/config/env.validation.js';
import { baseLogOptions, loggerParams } from '#src/platform/logging/log-options.js';

/**
 * The Nest logger of `main.ts`, in place from the first line of start-up (a database that is slow to
 * come is reported while it is awaited, not once the application exists). It is built on the same
 * pino instance that LoggingModule's request middleware then uses.
 */
export function createAppLogger(level: LogLevel): Logger {
  const params = loggerParams(level);
  return new Logger(new PinoLogger(params), params);
}

/** For what goes wrong before the environment is known to be valid (LOG_LEVEL included). */
export const createFallbackLogger = () => pino(baseLogOptions('info'));
