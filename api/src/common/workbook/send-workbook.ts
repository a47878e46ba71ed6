import type { Response } from 'express';
import type { Writable } from 'node:stream';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook ready to stream: its content was read (and access checked) before this is called. */
export interface PreparedWorkbook {
  fileName: string;
  writeTo: (stream: Writable) => Promise<void>;
}

/** Headers go out only once the content is read, so a refusal never arrives as half a file. */
export async function sendWorkbook(response: Response, prepared: PreparedWorkbook): Promise<void> {
  response.setHeader('content-type', XLSX);
  response.setHeader('content-disposition', `attachment; filename="${prepared.fileName}"`);
  await prepared.writeTo(response);
  response.end();
}
