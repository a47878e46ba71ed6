import type { MarkedWorkbook } from '../../app/dataProvider/imports';
import { saveFile } from '../../app/common/saveFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook the server sent back inside its JSON refusal, as a file the browser can save. */
export function markedWorkbookBlob(workbook: MarkedWorkbook): Blob {
  const binary = atob(workbook.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: XLSX_TYPE });
}

export const saveMarkedWorkbook = (workbook: MarkedWorkbook): void =>
  saveFile(markedWorkbookBlob(workbook), workbook.fileName);
