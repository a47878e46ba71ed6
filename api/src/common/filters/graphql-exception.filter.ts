import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE,
} from '#src/common/errors/database-unavailable.js';

const CODE_BY_STATUS: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.SERVICE_UNAVAILABLE]: SERVICE_UNAVAILABLE,
};

/** Nest's own body for `new XxxException('message')`; a body of another shape was given on purpose. */
const isNestDefaultBody = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && 'statusCode' in body && 'message' in body;

/**
 * The one place where resolver errors become GraphQL errors: the API's own errors pass
 * unchanged (they are the client's to read, not the server log's), Nest's HTTP exceptions
 * get a GraphQL code, a database that cannot be reached becomes 503 SERVICE_UNAVAILABLE,
 * and anything unexpected is logged.
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return this.replyOverHttp(exception, host);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return new GraphQLError(exception.message, {
        extensions: { code: CODE_BY_STATUS[status] ?? 'INTERNAL_SERVER_ERROR', status },
      });
    }
    if (isDatabaseUnavailable(exception)) return this.databaseUnavailable(exception);
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return exception;
  }

  private databaseUnavailable(exception: unknown): DatabaseUnavailableError {
    this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    return new DatabaseUnavailableError();
  }

  /**
   * Downloads, uploads and health checks: JSON with an HTTP status. The API's own errors keep their
   * code and fields; Nest's exceptions say the same in that shape, unless they carry a body of their
   * own (terminus' health report).
   */
  private replyOverHttp(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      // Half a file already went out: cut the connection so that it is not taken for a whole one.
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      return void response.destroy();
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (!isNestDefaultBody(body)) return void response.status(status).json(body);
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
      return void response.status(status).json({ code, message: exception.message, fields: [] });
    }
    if (!(exception instanceof GraphQLError)) {
      if (isDatabaseUnavailable(exception)) return this.replyOverHttp(this.databaseUnavailable(exception), host);
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      return void response
        .status(500)
        .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', fields: [] });
    }
    const code = String(exception.extensions.code ?? 'INTERNAL_SERVER_ERROR');
    const status = Number(Object.entries(CODE_BY_STATUS).find(([, name]) => name === code)?.[0] ?? 500);
    response.status(status).json({
      code,
      message: exception.message,
      fields: exception.extensions.fields ?? [],
      // A refused template upload also lists its bad cells and hands the workbook back, marked.
      ...(exception.extensions.problems ? { problems: exception.extensions.problems } : {}),
      ...(exception.extensions.markedWorkbook ? { markedWorkbook: exception.extensions.markedWorkbook } : {}),
    });
  }
}
