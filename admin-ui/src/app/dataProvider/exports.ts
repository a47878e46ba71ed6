import { getToken } from '../authProvider';

/** A workbook fetched with the signed-in user's token. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export interface ExportMethods {
  /** The quarterly KM update of an office; `onProgress` hears the bytes received so far. */
  downloadKmUpdate(
    params: { officeId: string; periodId: string },
    onProgress?: (bytes: number) => void,
  ): Promise<DownloadedFile>;
  /** The indicator tracking table of a framework over a range of quarters, for one office or all in reach. */
  downloadTrackingTable(
    params: { frameworkId: string; fromPeriodId: string; toPeriodId: string; officeId?: string },
    onProgress?: (bytes: number) => void,
  ): Promise<DownloadedFile>;
  /**
   * The offline template of an office's progress reports for a quarter, pre-filled with what is saved so far;
   * its instructions in `language`, in which the import also reads numbers typed as text.
   */
  downloadReportTemplate(
    params: { officeId: string; periodId: string; language?: string },
    onProgress?: (bytes: number) => void,
  ): Promise<DownloadedFile>;
}

/** The API answers a refused download with JSON: `{ code, message, fields: [{ field, message }] }`. */
async function refusal(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { message?: string };
    return new Error(body.message ?? response.statusText);
  } catch {
    return new Error(`${response.status} ${response.statusText}`);
  }
}

async function download(path: string, onProgress?: (bytes: number) => void): Promise<DownloadedFile> {
  const token = getToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok || !response.body) throw await refusal(response);
  // The workbook is streamed: count what has arrived, since its size is not known in advance.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress?.(received);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export.xlsx';
  return {
    blob: new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? undefined }),
    fileName: name,
  };
}

const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
    .join('&');

export const exportMethods = (): ExportMethods => ({
  downloadTrackingTable: (params, onProgress) => download(`/exports/tracking-table?${query(params)}`, onProgress),
  downloadKmUpdate: ({ officeId, periodId }, onProgress) =>
    download(
      `/exports/km-update?officeId=${encodeURIComponent(officeId)}&periodId=${encodeURIComponent(periodId)}`,
      onProgress,
    ),
  downloadReportTemplate: ({ officeId, periodId, language }, onProgress) =>
    download(`/exports/report-template?${query({ officeId, periodId, language })}`, onProgress),
});
