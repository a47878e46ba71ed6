import type ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import type { CellProblem } from '#src/dwcp/report-template/template-cells.js';

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
export const ERRORS_SHEET = 'Errors';

/** The uploaded workbook, handed back so the officer can fix it where they filled it in. */
export interface MarkedWorkbook {
  fileName: string;
  base64: string;
}

const where = (problem: CellProblem) =>
  `sheet "${problem.sheet}", row ${problem.row}, column ${problem.column} (${problem.header})`;

/**
 * A template upload refused for bad cells: nothing was saved. Every problem names its sheet, row
 * and column; the answer carries the same workbook with those cells marked.
 */
export class TemplateRejectedError extends GraphQLError {
  constructor(problems: CellProblem[], markedWorkbook: MarkedWorkbook) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(`The workbook has ${count}; nothing was saved. ${where(problems[0]!)}: ${problems[0]!.message}`, {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: problems.map((problem) => ({
          field: `${problem.sheet}!${problem.column}${problem.row}`,
          message: problem.message,
        })),
        problems,
        markedWorkbook,
      },
    });
  }
}

/** Sheet order, then rows, then columns: how the officer reads the workbook. */
export function sortProblems(problems: CellProblem[], sheetOrder: string[]): CellProblem[] {
  const rank = (sheet: string) => sheetOrder.indexOf(sheet);
  return [...problems].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || a.column.localeCompare(b.column),
  );
}

/** Colours each bad cell, puts the reason in its note, and lists them all on a first "Errors" sheet. */
export async function markWorkbook(
  workbook: ExcelJS.Workbook,
  problems: CellProblem[],
  uploadedName: string,
): Promise<MarkedWorkbook> {
  const marked = new Set<ExcelJS.Cell>();
  for (const problem of problems) {
    const sheet = workbook.getWorksheet(problem.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(`${problem.column}${problem.row}`);
    cell.fill = ERROR_FILL;
    // Several problems on one cell (rows missing from a sheet are noted on its header) share its note.
    const earlier = typeof cell.note === 'string' ? cell.note : undefined;
    cell.note = earlier && marked.has(cell) ? `${earlier}\n${problem.message}` : problem.message;
    marked.add(cell);
  }
  workbook.getWorksheet(ERRORS_SHEET)?.destroy();
  const list = workbook.addWorksheet(ERRORS_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  list.columns = [
    { header: 'Sheet', width: 14 },
    { header: 'Row', width: 6 },
    { header: 'Column', width: 8 },
    { header: 'Heading', width: 20 },
    { header: 'Problem', width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  list.getRow(1).font = { bold: true };
  for (const problem of problems) {
    const row = list.addRow([problem.sheet, problem.row, problem.column, problem.header, problem.message]);
    row.getCell(1).value = {
      text: problem.sheet,
      hyperlink: `#'${problem.sheet}'!${problem.column}${problem.row}`,
    };
  }
  const activeTab = workbook.worksheets.indexOf(list);
  workbook.views = [{ activeTab, firstSheet: 0, visibility: 'visible', x: 0, y: 0, width: 10000, height: 20000 }];
  const buffer = await workbook.xlsx.writeBuffer();
  const base = uploadedName.replace(/\.xlsx$/i, '').replace(/[^\w.-]+/g, '-') || 'report-template';
  return { fileName: `${base}-errors.xlsx`, base64: Buffer.from(buffer).toString('base64') };
}
