import {
  createParamDecorator,
  Injectable,
  mixin,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { InputError } from '#src/common/errors/input.error.js';
import { PayloadTooLargeError } from '#src/common/upload/payload-too-large.error.js';
import { DEFAULT_UPLOAD_LIMITS, formatSize, type UploadLimits } from '#src/common/upload/upload-limits.js';
import { assertSafeXlsx } from '#src/common/upload/xlsx-upload-check.js';

/** The multipart form field the workbook travels in. */
export const WORKBOOK_FIELD = 'file';

/** What a controller receives from @UploadedWorkbook(). */
export interface UploadedWorkbookFile {
  buffer: Buffer;
  /** As the client named it: shown back to the user, never used as a path. */
  originalName: string;
  size: number;
}

const ONE_WORKBOOK = `send one workbook, in the form field "${WORKBOOK_FIELD}"`;
const NO_WORKBOOK = `no workbook was uploaded: send it as multipart/form-data in the field "${WORKBOOK_FIELD}"`;

/** Multer's and busboy's refusals, worded for the person uploading. */
export function toUploadError(error: unknown, limits: Pick<UploadLimits, 'maxBytes'>): Error {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return new PayloadTooLargeError(WORKBOOK_FIELD, `is larger than the ${formatSize(limits.maxBytes)} limit`);
      case 'LIMIT_UNEXPECTED_FILE':
      case 'LIMIT_FILE_COUNT':
        return InputError.field(WORKBOOK_FIELD, ONE_WORKBOOK);
      default:
        return InputError.field(WORKBOOK_FIELD, `${error.message.toLowerCase()}: ${ONE_WORKBOOK}, and nothing else`);
    }
  }
  // Anything else comes from reading the body: a malformed form, or a client that hung up.
  return InputError.field(WORKBOOK_FIELD, `the upload was cut short or malformed: ${ONE_WORKBOOK}`);
}

/** Reads the one workbook into memory under the size limits, then refuses anything but a safe .xlsx. */
export async function receiveWorkbook(request: Request, response: Response, limits: UploadLimits): Promise<void> {
  const parseForm = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.maxBytes, files: 1, fields: 10, parts: 12 },
    // Browsers send file names as raw UTF-8; multer's default (latin1) would garble "Résultats.xlsx".
    defParamCharset: 'utf8',
  }).single(WORKBOOK_FIELD);
  await new Promise<void>((resolve, reject) => {
    parseForm(request, response, (error?: unknown) => (error ? reject(toUploadError(error, limits)) : resolve()));
  });
  // Multer lets a non-multipart request through untouched: it simply has no file.
  if (!request.file) throw InputError.field(WORKBOOK_FIELD, NO_WORKBOOK);
  assertSafeXlsx(request.file.buffer, limits, WORKBOOK_FIELD);
}

/**
 * `@UseInterceptors(WorkbookUploadInterceptor)` with the default limits, or
 * `@UseInterceptors(WorkbookUploadInterceptor.with({ maxBytes: ... }))` with others.
 * Runs after the guards, so nobody unauthenticated gets a body parsed.
 */
@Injectable()
export class WorkbookUploadInterceptor implements NestInterceptor {
  protected readonly limits: UploadLimits = DEFAULT_UPLOAD_LIMITS;

  /** A subclass with its own limits; `mixin` gives it a unique name so Nest keeps each one apart. */
  static with(limits: Partial<UploadLimits> = {}): Type<NestInterceptor> {
    const chosen: UploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
    class WorkbookUploadWithLimits extends WorkbookUploadInterceptor {
      protected override readonly limits = chosen;
    }
    return mixin(WorkbookUploadWithLimits);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await receiveWorkbook(http.getRequest<Request>(), http.getResponse<Response>(), this.limits);
    return next.handle();
  }
}

/** The workbook WorkbookUploadInterceptor received and checked. */
export const UploadedWorkbook = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UploadedWorkbookFile => {
    const file = context.switchToHttp().getRequest<Request>().file;
    if (!file) throw new Error('UploadedWorkbook used on a route without WorkbookUploadInterceptor');
    return { buffer: file.buffer, originalName: file.originalname, size: file.size };
  },
);
