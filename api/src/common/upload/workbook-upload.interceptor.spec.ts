import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Post, UseInterceptors, type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import ExcelJS from 'exceljs';
import multer from 'multer';
import { InputError } from '#src/common/errors/input.error.js';
import { GraphQLExceptionFilter } from '#src/common/filters/graphql-exception.filter.js';
import { PayloadTooLargeError } from '#src/common/upload/payload-too-large.error.js';
import {
  toUploadError,
  UploadedWorkbook,
  WorkbookUploadInterceptor,
  type UploadedWorkbookFile,
} from '#src/common/upload/workbook-upload.interceptor.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('uploads')
class UploadController {
  @Post('default-limits')
  @UseInterceptors(WorkbookUploadInterceptor)
  withDefaultLimits(@UploadedWorkbook() workbook: UploadedWorkbookFile) {
    return { originalName: workbook.originalName, size: workbook.size, bytes: workbook.buffer.length };
  }

  @Post('small')
  @UseInterceptors(WorkbookUploadInterceptor.with({ maxBytes: 2048 }))
  withSmallLimit(@UploadedWorkbook() workbook: UploadedWorkbookFile) {
    return { size: workbook.size };
  }
}

async function realWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Results').addRow(['Indicator', 'Value']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function formWith(...files: { field: string; content: Buffer; name: string }[]): FormData {
  const form = new FormData();
  for (const file of files) form.append(file.field, new Blob([file.content], { type: XLSX }), file.name);
  return form;
}

describe('WorkbookUploadInterceptor over HTTP', () => {
  let app: INestApplication;
  let baseUrl: string;
  let workbook: Buffer;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [UploadController],
      providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    workbook = await realWorkbook();
  });

  afterAll(async () => {
    await app.close();
  });

  async function post(path: string, init: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${baseUrl}/uploads/${path}`, { method: 'POST', ...init });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('hands the checked workbook to the handler, with its UTF-8 name', async () => {
    const reply = await post('default-limits', {
      body: formWith({ field: 'file', content: workbook, name: 'Résultats 2009.xlsx' }),
    });
    expect(reply).toEqual({
      status: 201,
      body: { originalName: 'Résultats 2009.xlsx', size: workbook.length, bytes: workbook.length },
    });
  });

  it('answers 413 over the size limit of the configured subclass', async () => {
    const reply = await post('small', { body: formWith({ field: 'file', content: workbook, name: 'big.xlsx' }) });
    expect(reply).toEqual({
      status: 413,
      body: {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'file: is larger than the 2 KB limit',
        fields: [{ field: 'file', message: 'is larger than the 2 KB limit' }],
      },
    });
  });

  it('asks for one workbook in the field "file"', async () => {
    const wrongField = await post('default-limits', {
      body: formWith({ field: 'upload', content: workbook, name: 'a.xlsx' }),
    });
    const twoFiles = await post('default-limits', {
      body: formWith(
        { field: 'file', content: workbook, name: 'a.xlsx' },
        { field: 'file', content: workbook, name: 'b.xlsx' },
      ),
    });
    for (const reply of [wrongField, twoFiles]) {
      expect(reply.status).toBe(400);
      expect(reply.body.fields).toEqual([{ field: 'file', message: 'send one workbook, in the form field "file"' }]);
    }
  });

  it('explains a request that carries no workbook', async () => {
    const json = await post('default-limits', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ file: 'x' }),
    });
    const emptyForm = await post('default-limits', { body: new FormData() });
    for (const reply of [json, emptyForm]) {
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'file', message: 'no workbook was uploaded: send it as multipart/form-data in the field "file"' },
        ],
      });
    }
  });

  it('refuses a file that is not a safe .xlsx', async () => {
    const reply = await post('default-limits', {
      body: formWith({ field: 'file', content: Buffer.from('%PDF-1.7\n'), name: 'report.xlsx' }),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/^file: is a PDF document/);
  });

  it('refuses a malformed multipart body', async () => {
    const reply = await post('default-limits', {
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/the upload was cut short or malformed/);
  });
});

describe('toUploadError', () => {
  const limits = { maxBytes: 5 * 1024 * 1024 };

  it('words multer refusals for the person uploading', () => {
    const tooLarge = toUploadError(new multer.MulterError('LIMIT_FILE_SIZE', 'file'), limits);
    expect(tooLarge).toBeInstanceOf(PayloadTooLargeError);
    expect(tooLarge.message).toBe('file: is larger than the 5 MB limit');

    for (const code of ['LIMIT_UNEXPECTED_FILE', 'LIMIT_FILE_COUNT'] as const) {
      const error = toUploadError(new multer.MulterError(code, 'other'), limits);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe('file: send one workbook, in the form field "file"');
    }

    const tooManyParts = toUploadError(new multer.MulterError('LIMIT_PART_COUNT'), limits);
    expect(tooManyParts).toBeInstanceOf(InputError);
    expect(tooManyParts.message).toBe(
      'file: too many parts: send one workbook, in the form field "file", and nothing else',
    );
  });

  it('treats any other failure while reading the body as a bad upload', () => {
    const error = toUploadError(new Error('Unexpected end of form'), limits);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/cut short or malformed/);
  });
});
