import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { importMethods, TemplateImportError, type TemplateImportResult } from './imports';

/** Just enough of XMLHttpRequest to drive the upload by hand. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null; onload: (() => void) | null } = {
    onprogress: null,
    onload: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  respond(status: number, body: string, statusText = '') {
    this.upload.onload?.();
    this.status = status;
    this.statusText = statusText;
    this.responseText = body;
    this.onload?.();
  }
}

const realXhr = globalThis.XMLHttpRequest;
const workbook = () => new File(['PK fake xlsx'], 'report.xlsx');
const upload = (onProgress?: (fraction: number) => void) =>
  importMethods().uploadReportTemplate(workbook(), onProgress);

beforeEach(() => {
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  localStorage.setItem('roap.token', 'secret-token');
});
afterEach(() => {
  globalThis.XMLHttpRequest = realXhr;
  localStorage.clear();
});

describe('uploadReportTemplate', () => {
  test('posts the file as the multipart field "file" with the bearer token', async () => {
    const done = upload();
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/imports/report-template');
    expect(xhr.headers.authorization).toBe('Bearer secret-token');
    expect(xhr.body).toBeInstanceOf(FormData);
    const sent = (xhr.body as FormData).get('file') as File;
    expect(sent.name).toBe('report.xlsx');
    xhr.respond(200, JSON.stringify({ reports: [], lines: 0, results: 0 }));
    await done;
  });

  test('reports the fraction sent, 1 once every byte is out, and resolves with the saved counts', async () => {
    const fractions: number[] = [];
    const done = upload((fraction) => fractions.push(fraction));
    const xhr = FakeXhr.last;
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 25, total: 100 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 50, total: 0 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 75, total: 100 });
    const saved: TemplateImportResult = {
      reports: [{ id: '7', programmeTitle: 'Bangladesh DWCP', version: 4 }],
      lines: 12,
      results: 3,
    };
    xhr.respond(200, JSON.stringify(saved));
    await expect(done).resolves.toEqual(saved);
    expect(fractions).toEqual([0.25, 0.75, 1]);
  });

  test('a refusal rejects with a TemplateImportError carrying the problems and the marked workbook', async () => {
    const done = upload();
    const problems = [
      { sheet: 'Lines', row: 12, column: 'D', header: 'Per cent complete', message: 'must be between 0 and 100' },
    ];
    FakeXhr.last.respond(
      400,
      JSON.stringify({
        code: 'TEMPLATE_INVALID',
        message: '1 cell to correct',
        fields: [],
        problems,
        markedWorkbook: { fileName: 'report-errors.xlsx', base64: 'UEs=' },
      }),
      'Bad Request',
    );
    const error = await done.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(TemplateImportError);
    expect(error).toMatchObject({
      message: '1 cell to correct',
      code: 'TEMPLATE_INVALID',
      status: 400,
      problems,
      markedWorkbook: { fileName: 'report-errors.xlsx', base64: 'UEs=' },
    });
  });

  test('a refusal without problems has an empty list and no workbook', async () => {
    const done = upload();
    FakeXhr.last.respond(
      409,
      JSON.stringify({ code: 'CONFLICT', message: 'The report was submitted meanwhile', fields: [] }),
    );
    await expect(done).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'The report was submitted meanwhile',
      problems: [],
      markedWorkbook: undefined,
    });
  });

  test('a refusal that is not JSON (a proxy’s 413 page) still rejects with its status line', async () => {
    const done = upload();
    FakeXhr.last.respond(413, '<html>Request Entity Too Large</html>', 'Payload Too Large');
    await expect(done).rejects.toMatchObject({ code: 'HTTP_413', message: '413 Payload Too Large', problems: [] });
  });

  test('a network failure rejects with a plain Error', async () => {
    const done = upload();
    FakeXhr.last.onerror?.();
    const error = await done.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TemplateImportError);
  });

  test('sends no authorization header when signed out', async () => {
    localStorage.clear();
    const done = upload();
    expect(FakeXhr.last.headers).toEqual({});
    FakeXhr.last.respond(200, JSON.stringify({ reports: [], lines: 0, results: 0 }));
    await done;
  });
});
