import type { AddWorksheetOptions, Worksheet } from 'exceljs';

export const STATUS_FILL: Record<string, string> = {
  ON_TRACK: 'FFC8E6C9',
  AT_RISK: 'FFFFE0B2',
  OFF_TRACK: 'FFFFCDD2',
  NO_DATA: 'FFEEEEEE',
  NOT_MEASURED: 'FFEEEEEE',
  APPROVED: 'FFC8E6C9',
  SUBMITTED: 'FFFFF8E1',
  RETURNED: 'FFFFCDD2',
  DRAFT: 'FFE3F2FD',
  NOT_STARTED: 'FFEEEEEE',
};

/**
 * A4, fit to the page width, the header rows repeated on every printed page and frozen on screen:
 * what prints cleanly. The streaming writer takes these when the sheet is added.
 */
export function printSetup(headerRows: number, landscape = false): Partial<AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', ySplit: headerRows }],
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${headerRows}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/** Column widths, with text wrapped at the top of each cell. */
export function setColumns(sheet: Worksheet, widths: number[]): void {
  sheet.columns = widths.map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
}

/** A bold header row with a light fill. */
export function headerRow(sheet: Worksheet, labels: string[]): void {
  const row = sheet.addRow(labels);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE3F7' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  row.commit();
}

/**
 * Text exactly as stored. exceljs writes strings as string cells, which spreadsheet programs never
 * evaluate, so "=1+1" stays text; only `{ formula }` values would be formulas, and we write none.
 */
export const text = (value: string | null | undefined): string => value ?? '';
