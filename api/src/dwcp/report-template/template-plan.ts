import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { resultProblems } from '#src/results/indicator-result/result-rules.js';
import { ReportLineInput } from '#src/dwcp/progress-report/dto/report-line.input.js';
import { ReportResultInput } from '#src/dwcp/progress-report/dto/report-result.input.js';
import type { LineStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import type { ReportChanges } from '#src/dwcp/progress-report/progress-report.service.js';
import type { CellProblem } from '#src/dwcp/report-template/template-cells.js';
import {
  columnLetter,
  columnNumber,
  columnOf,
  LINES_SHEET,
  REPORT_SHEET,
  RESULTS_SHEET,
  type ColumnKey,
  type TemplateSheet,
} from '#src/dwcp/report-template/template-layout.js';
import type { TemplateRows } from '#src/dwcp/report-template/template-reader.js';
import type { ReportOwner, RowOwners } from '#src/dwcp/report-template/template-rows.js';
import { toInputError } from '#src/common/validation/validation.pipe.js';

/** One report's share of an upload: the changes to save and the rows they came from. */
export interface ReportPlan {
  report: ReportOwner;
  changes: ReportChanges & { lines: ReportLineInput[]; results: ReportResultInput[] };
  reportRow: number | null;
  lineRows: number[];
  resultRows: number[];
}

export function problemAt<S extends TemplateSheet>(
  sheet: S,
  row: number,
  key: ColumnKey<S>,
  message: string,
): CellProblem {
  return {
    sheet: sheet.name,
    row,
    column: columnLetter(columnNumber(sheet, key)),
    header: columnOf(sheet, key).header,
    message,
  };
}

const NEW_ROW = 'rows cannot be added to the template: add them in the tracker, then download a new template';

/**
 * Why a row's hidden id is not one of the template's. Rows of records out of the importer's reach
 * were dropped from the owners (TemplateImportService), so they read as ids that do not exist; the
 * message never names another report's office or quarter.
 */
function ownershipProblem(id: unknown, owner: { officeId: number } | undefined) {
  if (id === null) return NEW_ROW;
  if (!owner) return 'points to a report that does not exist (the hidden id was changed): remove this row';
  return 'this row belongs to another report than the ones this template was made for: remove it';
}

const text = (value: unknown) => (value === null ? null : String(value));

/**
 * Turns the rows of an upload into each report's changes, noting every row that points elsewhere
 * (another office, a report not in the template) or breaks a rule, so that all problems are found
 * in one pass and nothing is saved while any remains.
 */
export function planReports(rows: TemplateRows, owners: RowOwners, problems: CellProblem[]): ReportPlan[] {
  const plans = new Map<number, ReportPlan>();
  for (const { id, version } of rows.meta.reports) {
    const report = owners.reports.get(id)!;
    plans.set(id, {
      report,
      changes: { version, lines: [], results: [] },
      reportRow: null,
      lineRows: [],
      resultRows: [],
    });
  }
  // A report id (the hidden column of two sheets) that is not one of the template's reports.
  const notTheTemplatesReport = (sheet: typeof REPORT_SHEET | typeof RESULTS_SHEET, row: number, reportId: unknown) =>
    problemAt(sheet, row, 'reportId', ownershipProblem(reportId, owners.reports.get(reportId as number)));
  const seen = new Map<string, number>();
  const once = (key: string, row: number, problem: () => CellProblem) => {
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({ ...problem(), message: `${problem().message} (also on row ${earlier})` });
    else seen.set(key, row);
    return earlier === undefined;
  };

  for (const { row, values } of rows.reports) {
    const plan = plans.get(values.reportId as number);
    if (!plan) {
      problems.push(notTheTemplatesReport(REPORT_SHEET, row, values.reportId));
      continue;
    }
    if (
      !once(`report ${plan.report.id}`, row, () =>
        problemAt(REPORT_SHEET, row, 'reportId', 'this report is listed twice'),
      )
    )
      continue;
    plan.reportRow = row;
    plan.changes.achievements = text(values.achievements);
    plan.changes.challenges = text(values.challenges);
    plan.changes.nextSteps = text(values.nextSteps);
  }

  for (const { row, values, unreadable } of rows.lines) {
    const owner = owners.lines.get(values.lineId as number);
    const plan = owner && plans.get(owner.reportId);
    if (!owner || !plan) {
      const message = owner
        ? ownershipProblem(values.lineId, owner)
        : values.lineId === null
          ? NEW_ROW
          : 'this plan item is not in the report (the hidden id was changed): remove this row';
      problems.push(problemAt(LINES_SHEET, row, 'lineId', message));
      continue;
    }
    if (!once(`line ${owner.id}`, row, () => problemAt(LINES_SHEET, row, 'lineId', 'this plan item is listed twice')))
      continue;
    if (values.status === null) {
      if (!unreadable.includes('status')) problems.push(problemAt(LINES_SHEET, row, 'status', 'choose a status'));
      continue;
    }
    plan.lineRows.push(row);
    plan.changes.lines.push(
      plainToInstance(ReportLineInput, {
        planItemId: String(owner.planItemId),
        status: values.status as LineStatus,
        percentComplete: values.percentComplete as number | null,
        narrative: text(values.narrative),
        challenges: text(values.challenges),
      }),
    );
  }

  for (const { row, values, percent } of rows.results) {
    if (values.value === null && values.milestoneStatus === null && values.narrative === null) continue;
    const plan = plans.get(values.reportId as number);
    if (!plan) {
      problems.push(notTheTemplatesReport(RESULTS_SHEET, row, values.reportId));
      continue;
    }
    const component = owners.components.get(values.componentId as number);
    if (!component) {
      problems.push(
        problemAt(
          RESULTS_SHEET,
          row,
          'componentId',
          'this indicator is unknown (the hidden id was changed): remove this row',
        ),
      );
      continue;
    }
    const key = `result ${plan.report.id} ${component.id}`;
    if (!once(key, row, () => problemAt(RESULTS_SHEET, row, 'componentId', `${component.label} is listed twice`)))
      continue;
    if (percent.includes('value') && component.measure === Measure.NUMBER) {
      problems.push(
        problemAt(
          RESULTS_SHEET,
          row,
          'value',
          `${component.label} counts a number, not a percentage, and the cell shows ${values.value} %: type the number without a percent sign, in a cell formatted as a number`,
        ),
      );
    }
    const stored = owners.stored.get(component.id);
    const result = {
      componentId: String(component.id),
      value: values.value as number | null,
      milestoneStatus: values.milestoneStatus as MilestoneStatus | null,
      narrative: text(values.narrative),
      // Evidence and breakdowns are edited in the tracker; the template keeps them as they are.
      evidenceLinks: stored?.evidenceLinks ?? [],
      disaggregations: stored?.disaggregations ?? [],
    };
    for (const problem of resultProblems(component, result))
      problems.push(resultCellProblem(row, problem.field, problem.message));
    plan.resultRows.push(row);
    plan.changes.results.push(plainToInstance(ReportResultInput, result));
  }
  return [...plans.values()];
}

function resultCellProblem(row: number, field: string, message: string): CellProblem {
  if (field === 'value' || field === 'milestoneStatus' || field === 'narrative' || field === 'componentId') {
    return problemAt(RESULTS_SHEET, row, field, message);
  }
  if (field.startsWith('disaggregations')) {
    return problemAt(
      RESULTS_SHEET,
      row,
      'value',
      `does not fit the breakdown kept in the tracker: ${message}; change the breakdown online`,
    );
  }
  return problemAt(RESULTS_SHEET, row, 'narrative', `${field}: ${message}`);
}

/** Where a problem the report rules name by path (`lines[3].status`) sits in the workbook; null if nowhere. */
export function cellOfPath(plan: ReportPlan, field: string, message: string): CellProblem | null {
  const match = /^(lines|results)\[(\d+)\]\.(\w+)/.exec(field);
  if (match) {
    const [, list, index, key] = match;
    if (list === 'lines') {
      const row = plan.lineRows[Number(index)];
      if (row === undefined) return null;
      const column = LINES_SHEET.columns.some((c) => c.key === key) ? key : 'lineId';
      return problemAt(LINES_SHEET, row, column as ColumnKey<typeof LINES_SHEET>, message);
    }
    const row = plan.resultRows[Number(index)];
    return row === undefined ? null : resultCellProblem(row, key!, message);
  }
  const reportRow = plan.reportRow ?? null;
  if (reportRow === null) return null;
  if (field === 'achievements' || field === 'challenges' || field === 'nextSteps')
    return problemAt(REPORT_SHEET, reportRow, field, message);
  if (field === 'id') return problemAt(REPORT_SHEET, reportRow, 'status', message);
  return null;
}

/** The same argument rules as the GraphQL form (ranges, lengths), for every line and result. */
export async function argumentProblems(plans: ReportPlan[]): Promise<CellProblem[]> {
  const problems: CellProblem[] = [];
  for (const plan of plans) {
    const inputs = [
      ...plan.changes.lines.map((input, index) => ({ input, path: `lines[${index}]` })),
      ...plan.changes.results.map((input, index) => ({ input, path: `results[${index}]` })),
    ];
    for (const { input, path } of inputs) {
      const errors = await validate(input, { forbidUnknownValues: false });
      if (errors.length === 0) continue;
      for (const problem of toInputError(errors, path).problems) {
        const cell = cellOfPath(plan, problem.field, problem.message);
        if (cell) problems.push(cell);
      }
    }
  }
  return problems;
}
