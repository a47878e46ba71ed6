import { GraphQLError } from 'graphql';

// Socket-level failures: the server is down, restarting, or unreachable.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// SQLSTATE: connection exceptions (class 08), shutting down or starting up, too many connections.
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;
// node-postgres and pg-pool say these in words only.
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Client was closed and is not queryable|Cannot use a pool after calling end/;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** Whether `error` (or what it wraps: TypeORM's driverError, a cause, an AggregateError's errors) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as ErrorLike;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((wrapped) => wrapped !== error && isDatabaseUnavailable(wrapped, depth + 1));
}

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** What a client gets when the database is down: 503, to be retried later. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('the database is unavailable: try again in a moment', {
      extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } },
    });
  }
}
