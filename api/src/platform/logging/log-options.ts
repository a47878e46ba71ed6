import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions, type LoggerOptions } from 'pino';
import type { LogLevel } from '#src/platform/config/env.validation.js';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id is kept only when it cannot smuggle anything into the log: a short plain token.
const SANE_REQUEST_ID = /^[\w.:-]{1,64}$/;
const GRAPHQL_NAME = /^[_A-Za-z]\w{0,99}$/;
const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w{0,99})/;

/** The caller's (or proxy's) x-request-id when it is a sane token, else a new UUID; echoed back in the response. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** GraphQL GET requests carry the operation and its variables in the query string: only the path is logged. */
export function loggableUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const [path] = url.split('?');
  return path === '/graphql' ? path : url;
}

/**
 * What every log line shares, start-up failures included. Headers and bodies are never serialized
 * (a login's variables hold the password, the authorization header the token); the redaction is the
 * second line of defence should someone log them anyway.
 */
export function baseLogOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    timestamp: stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers.cookie',
        'password',
        '*.password',
        'token',
        '*.token',
        'variables',
      ],
      censor: '[redacted]',
    },
  };
}

type RequestWithBody = IncomingMessage & { body?: { operationName?: unknown; query?: unknown } };

/** The name of a GraphQL request's operation (as sent, or as named in its document); nothing else of the body. */
export function operationNameOf(body: RequestWithBody['body']): string | undefined {
  const sent = body?.operationName;
  if (typeof sent === 'string') return GRAPHQL_NAME.test(sent) ? sent : undefined;
  return typeof body?.query === 'string' ? NAMED_OPERATION.exec(body.query.slice(0, 200))?.[1] : undefined;
}

const withOperationName = (req: RequestWithBody, value: object) => {
  const operationName = operationNameOf(req.body);
  return operationName ? { ...value, operationName } : value;
};

/** nestjs-pino's settings: one line per request (health probes excepted), the request id on every line. */
export function loggerParams(level: LogLevel): Params {
  return {
    pinoHttp: {
      ...baseLogOptions(level),
      genReqId: requestIdFor,
      // Lines logged while handling a request carry its id only; the closing line has the request too.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health/') ?? false },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
      serializers: {
        req: (req: { method: string; url: string; remoteAddress?: string }) => ({
          method: req.method,
          url: loggableUrl(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // The operation's name says what a POST /graphql was; its variables stay out.
      customSuccessObject: (req: RequestWithBody, _res, value: object) => withOperationName(req, value),
      // A 5xx answer is an error by its status alone: pino-http's stand-in error (its own stack) says nothing more.
      customErrorObject: (req: RequestWithBody, res, error, value: { err?: unknown }) => {
        const { err, ...rest } = value;
        const standIn = error.message === `failed with status code ${res.statusCode}`;
        return withOperationName(req, standIn ? rest : { ...rest, err });
      },
    },
  };
}
