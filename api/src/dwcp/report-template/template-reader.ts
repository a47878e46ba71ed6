import type ExcelJS from 'exceljs';
import { InputError } from '#src/common/errors/input.error.js';
import { readCell, type CellProblem, type CellValue } from '#src/dwcp/report-template/template-cells.js';
import {
  columnLetter,
  FIRST_DATA_ROW,
  LINES_SHEET,
  META_SHEET,
  REPORT_SHEET,
  RESULTS_SHEET,
  TEMPLATE_FORMAT,
  TEMPLATE_FORMAT_VERSION,
  type ColumnKey,
  type TemplateSheet,
} from '#src/dwcp/report-template/template-layout.js';

/** More rows than any office's quarter has: beyond it the file is refused rather than read. */
export const MAX_TEMPLATE_ROWS = 20_000;

export interface SheetRow<S extends TemplateSheet> {
  row: number;
  values: Record<ColumnKey<S>, CellValue>;
  /** Columns whose cell could not be read (already reported): null there does not mean empty. */
  unreadable: ColumnKey<S>[];
}

export interface TemplateMeta {
  officeId: number;
  periodId: number;
  reports: { id: number; version: number }[];
}

export interface TemplateRows {
  meta: TemplateMeta;
  reports: SheetRow<typeof REPORT_SHEET>[];
  lines: SheetRow<typeof LINES_SHEET>[];
  results: SheetRow<typeof RESULTS_SHEET>[];
  /** Cells that could not be read as their column expects. */
  problems: CellProblem[];
}

const NOT_A_TEMPLATE = 'is not a report template of the ROAP results tracker: download the template from "My report"';

export function readMeta(workbook: ExcelJS.Workbook): TemplateMeta {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) throw InputError.field('file', `${NOT_A_TEMPLATE} (its hidden sheet "${META_SHEET}" is missing)`);
  const entries = new Map<string, ExcelJS.CellValue[]>();
  const reports: TemplateMeta['reports'] = [];
  sheet.eachRow((row) => {
    const [key, ...values] = (row.values as ExcelJS.CellValue[]).slice(1);
    if (key === 'report') reports.push({ id: Number(values[0]), version: Number(values[1]) });
    else entries.set(String(key), values);
  });
  if (entries.get('format')?.[0] !== TEMPLATE_FORMAT) throw InputError.field('file', NOT_A_TEMPLATE);
  if (entries.get('formatVersion')?.[0] !== TEMPLATE_FORMAT_VERSION) {
    throw InputError.field('file', 'was made by another version of the tracker: download a new template');
  }
  const officeId = Number(entries.get('officeId')?.[0]);
  const periodId = Number(entries.get('periodId')?.[0]);
  const valid = (n: number) => Number.isInteger(n) && n > 0;
  if (!valid(officeId) || !valid(periodId) || reports.length === 0 || !reports.every((r) => valid(r.id))) {
    throw InputError.field('file', `its hidden sheet "${META_SHEET}" was changed: download a new template`);
  }
  return { officeId, periodId, reports };
}

function readSheet<S extends TemplateSheet>(workbook: ExcelJS.Workbook, layout: S, problems: CellProblem[]) {
  const sheet = workbook.getWorksheet(layout.name);
  if (!sheet) throw InputError.field('file', `the sheet "${layout.name}" is missing: download a new template`);
  if (sheet.rowCount > MAX_TEMPLATE_ROWS) {
    throw InputError.field(
      'file',
      `the sheet "${layout.name}" has ${sheet.rowCount} rows; a template has at most ${MAX_TEMPLATE_ROWS}`,
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
    let filled = false;
    layout.columns.forEach((column, index) => {
      values[column.key] = null;
      // Locked context (codes, titles, baselines) is the template's own: never read back.
      if (column.kind === 'fixed') return;
      const reading = readCell(row.getCell(index + 1), column);
      if ('problem' in reading) {
        const at = { sheet: layout.name, row: rowNumber, column: columnLetter(index + 1), header: column.header };
        problems.push({ ...at, message: reading.problem });
        unreadable.push(column.key);
        filled = true;
      } else {
        values[column.key] = reading.value;
        filled ||= reading.value !== null;
      }
    });
    if (filled)
      rows.push({ row: rowNumber, values: values as SheetRow<S>['values'], unreadable: unreadable as ColumnKey<S>[] });
  });
  return rows;
}

/** Everything an uploaded template says, cell by cell; refuses a file that is not one of our templates. */
export function readTemplate(workbook: ExcelJS.Workbook): TemplateRows {
  const meta = readMeta(workbook);
  const problems: CellProblem[] = [];
  return {
    meta,
    reports: readSheet(workbook, REPORT_SHEET, problems),
    lines: readSheet(workbook, LINES_SHEET, problems),
    results: readSheet(workbook, RESULTS_SHEET, problems),
    problems,
  };
}
