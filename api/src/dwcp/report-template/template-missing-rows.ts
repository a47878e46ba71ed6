import type { CellProblem } from '#src/dwcp/report-template/template-cells.js';
import { FIRST_DATA_ROW, LINES_SHEET, RESULTS_SHEET } from '#src/dwcp/report-template/template-layout.js';
import type { WrittenRows } from '#src/dwcp/report-template/template-meta.js';
import { problemAt } from '#src/dwcp/report-template/template-plan.js';
import type { TemplateRows } from '#src/dwcp/report-template/template-reader.js';

const KEEP_ROWS =
  'every row of the template must stay: leave a row as it is to keep what the report holds, or download a new template and copy your entries into it';

/**
 * The rows the template was written with that did not come back (deleted, or emptied with their
 * hidden id), named by plan item code or indicator part on the header of their sheet: a missing row
 * is never taken to mean "no change".
 */
export function missingRowProblems(rows: TemplateRows, written: WrittenRows): CellProblem[] {
  const header = FIRST_DATA_ROW - 1;
  const lines = new Set(rows.lines.map((row) => row.values.lineId));
  const results = new Set(rows.results.map((row) => `${row.values.reportId} ${row.values.componentId}`));
  return [
    ...written.lines
      .filter((line) => !lines.has(line.lineId))
      .map((line) =>
        problemAt(LINES_SHEET, header, 'code', `the row of plan item ${line.code} is missing (deleted?): ${KEEP_ROWS}`),
      ),
    ...written.results
      .filter((result) => !results.has(`${result.reportId} ${result.componentId}`))
      .map((result) =>
        problemAt(
          RESULTS_SHEET,
          header,
          'indicator',
          `the row of indicator ${result.code} is missing (deleted?): ${KEEP_ROWS}`,
        ),
      ),
  ];
}
