import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const CODE_BY_STATUS: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
};

/**
 * The one place where resolver errors become GraphQL errors: the API's own errors pass
 * unchanged (they are the client's to read, not the server log's), Nest's HTTP exceptions
 * get a GraphQL code, and anything unexpected is logged.
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
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return exception;
  }

  /** Downloads and uploads: the API's own errors keep their code and fields, as JSON with an HTTP status. */
  private replyOverHttp(exception: unknown, host: ArgumentsHost): void {
    if (!(exception instanceof GraphQLError)) throw exception;
    const code = String(exception.extensions.code ?? 'INTERNAL_SERVER_ERROR');
    const status = Number(Object.entries(CODE_BY_STATUS).find(([, name]) => name === code)?.[0] ?? 500);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .json({
        code,
        message: exception.message,
        fields: exception.extensions.fields ?? [],
        // A refused template upload also lists its bad cells and hands the workbook back, marked.
        ...(exception.extensions.problems ? { problems: exception.extensions.problems } : {}),
        ...(exception.extensions.markedWorkbook ? { markedWorkbook: exception.extensions.markedWorkbook } : {}),
      });
  }
}
