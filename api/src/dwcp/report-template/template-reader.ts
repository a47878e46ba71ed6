import type ExcelJS from 'exceljs';
import { InputError } from '#src/common/errors/input.error.js';
import { readCell, type CellProblem, type CellValue } from '#src/dwcp/report-template/template-cells.js';
import {
  columnLetter,
  FIRST_DATA_ROW,
  LINES_SHEET,
  REPORT_SHEET,
  RESULTS_SHEET,
  type ColumnKey,
  type TemplateLanguage,
  type TemplateSheet,
} from '#src/dwcp/report-template/template-layout.js';
import { readMeta, type TemplateMeta } from '#src/dwcp/report-template/template-meta.js';

/** More rows than any office's quarter has: beyond it the file is refused rather than read. */
export const MAX_TEMPLATE_ROWS = 20_000;

export interface SheetRow<S extends TemplateSheet> {
  row: number;
  values: Record<ColumnKey<S>, CellValue>;
  /** Columns whose cell could not be read (already reported): null there does not mean empty. */
  unreadable: ColumnKey<S>[];
  /** Number columns whose cell showed a percentage (40 %, read as 40): right only where a percentage is due. */
  percent: ColumnKey<S>[];
}

export interface TemplateRows {
  meta: TemplateMeta;
  reports: SheetRow<typeof REPORT_SHEET>[];
  lines: SheetRow<typeof LINES_SHEET>[];
  results: SheetRow<typeof RESULTS_SHEET>[];
  /** Cells that could not be read as their column expects. */
  problems: CellProblem[];
}

/**
 * The number of the last row holding a value. Spreadsheet programs may keep empty rows after it
 * (LibreOffice writes row 1,048,576): they are not content. exceljs skips empty rows here.
 */
function lastRowWithContent(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((_row, rowNumber) => {
    last = rowNumber;
  });
  return last;
}

function readSheet<S extends TemplateSheet>(
  workbook: ExcelJS.Workbook,
  layout: S,
  language: TemplateLanguage,
  problems: CellProblem[],
) {
  const sheet = workbook.getWorksheet(layout.name);
  if (!sheet) throw InputError.field('file', `the sheet "${layout.name}" is missing: download a new template`);
  const lastRow = lastRowWithContent(sheet);
  if (lastRow > MAX_TEMPLATE_ROWS) {
    throw InputError.field(
      'file',
      `the sheet "${layout.name}" has values down to row ${lastRow}; a template has at most ${MAX_TEMPLATE_ROWS} rows`,
    );
  }
  const header = sheet.getRow(FIRST_DATA_ROW - 1);
  layout.columns.forEach((column, index) => {
    const found = header.getCell(index + 1).text.trim();
    if (found !== column.header) {
      throw InputError.field(
        'file',
        `sheet "${layout.name}", column ${columnLetter(index + 1)} should be "${column.header}" but is "${found}": columns were moved or removed; download a new template`,
      );
    }
  });
  const rows: SheetRow<S>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < FIRST_DATA_ROW) return;
    const values = {} as Record<string, CellValue>;
    const unreadable: string[] = [];
    const percent: string[] = [];
    let filled = false;
    layout.columns.forEach((column, index) => {
      values[column.key] = null;
      // Locked context (codes, titles, baselines) is the template's own: never read back.
      if (column.kind === 'fixed') return;
      const reading = readCell(row.getCell(index + 1), column, language);
      if ('problem' in reading) {
        const at = { sheet: layout.name, row: rowNumber, column: columnLetter(index + 1), header: column.header };
        problems.push({ ...at, message: reading.problem });
        unreadable.push(column.key);
        filled = true;
      } else {
        values[column.key] = reading.value;
        if (reading.percent) percent.push(column.key);
        filled ||= reading.value !== null;
      }
    });
    if (!filled) return;
    rows.push({
      row: rowNumber,
      values: values as SheetRow<S>['values'],
      unreadable: unreadable as ColumnKey<S>[],
      percent: percent as ColumnKey<S>[],
    });
  });
  return rows;
}

/** Everything an uploaded template says, cell by cell; refuses a file that is not one of our templates. */
export function readTemplate(workbook: ExcelJS.Workbook): TemplateRows {
  const meta = readMeta(workbook);
  const problems: CellProblem[] = [];
  return {
    meta,
    reports: readSheet(workbook, REPORT_SHEET, meta.language, problems),
    lines: readSheet(workbook, LINES_SHEET, meta.language, problems),
    results: readSheet(workbook, RESULTS_SHEET, meta.language, problems),
    problems,
  };
}
