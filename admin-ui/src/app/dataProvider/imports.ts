import { getToken } from '../authProvider';

/** What an accepted template import saved, all of it as the reports' drafts. */
export interface TemplateImportResult {
  reports: { id: string; programmeTitle: string; version: number }[];
  lines: number;
  results: number;
}

/** One bad cell of an uploaded workbook, as the API locates it. */
export interface TemplateProblem {
  sheet: string;
  row: number;
  column: string;
  header: string;
  message: string;
}

/** The uploaded workbook sent back with its bad cells marked and an "Errors" sheet. */
export interface MarkedWorkbook {
  fileName: string;
  base64: string;
}

/** A refused import: nothing was saved. `problems` lists every bad cell (empty when the refusal is not about cells). */
export class TemplateImportError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly problems: TemplateProblem[] = [],
    readonly markedWorkbook?: MarkedWorkbook,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'TemplateImportError';
  }
}

export interface ImportMethods {
  /** Sends a filled report template; `onProgress` hears the fraction of the file sent so far (0 to 1). */
  uploadReportTemplate(file: File, onProgress?: (fraction: number) => void): Promise<TemplateImportResult>;
}

interface RefusalBody {
  code?: string;
  message?: string;
  fields?: { field: string; message: string }[];
  problems?: TemplateProblem[];
  markedWorkbook?: MarkedWorkbook;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

function refusal(xhr: XMLHttpRequest): TemplateImportError {
  const body = parse(xhr.responseText) as RefusalBody | undefined;
  // A proxy in front of the API may answer (e.g. 413, 502) with HTML: fall back to the status line.
  const message = body?.message ?? `${xhr.status} ${xhr.statusText}`.trim();
  return new TemplateImportError(
    message,
    body?.code ?? `HTTP_${xhr.status}`,
    xhr.status,
    Array.isArray(body?.problems) ? body.problems : [],
    body?.markedWorkbook,
    Array.isArray(body?.fields) ? body.fields : [],
  );
}

/** Posts a file as multipart field `file`. XMLHttpRequest, because fetch cannot report upload progress. */
export function postFile<T>(path: string, file: File, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(event.loaded / event.total, 1));
    };
    // Every byte is out: from here on the server is checking, however long that takes.
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(refusal(xhr));
      const body = parse(xhr.responseText);
      if (body === undefined) return reject(new Error(`Unreadable answer from the server (${xhr.status})`));
      resolve(body as T);
    };
    xhr.onerror = () => reject(new Error('The server could not be reached'));
    xhr.ontimeout = () => reject(new Error('The server took too long to answer'));
    xhr.onabort = () => reject(new Error('The upload was cancelled'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const importMethods = (): ImportMethods => ({
  uploadReportTemplate: (file, onProgress) =>
    postFile<TemplateImportResult>('/imports/report-template', file, onProgress),
});
