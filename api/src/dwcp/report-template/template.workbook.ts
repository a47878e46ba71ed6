import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { printSetup, text } from '#src/common/workbook/xlsx-layout.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import type { TemplateContent, TemplateResult } from '#src/dwcp/report-template/template-data.service.js';
import { writeInstructions } from '#src/dwcp/report-template/template-instructions.js';
import {
  choiceLabel,
  columnLetter,
  columnNumber,
  FIRST_DATA_ROW,
  INSTRUCTIONS_SHEET,
  LINE_STATUS_CHOICES,
  LINES_SHEET,
  MILESTONE_STATUS_CHOICES,
  REPORT_SHEET,
  RESULTS_SHEET,
  type Choice,
  type TemplateLanguage,
  type TemplateSheet,
} from '#src/dwcp/report-template/template-layout.js';
import { writeMeta } from '#src/dwcp/report-template/template-meta.js';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
const FIXED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE3F7' } };

// Protection keeps the structure (ids, codes, headers) from being changed by accident; it is not a
// secret, so there is no password: the import checks every cell whatever the sheet allowed.
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

const MEASURE_LABEL: Record<Measure, string> = {
  [Measure.NUMBER]: 'Number',
  [Measure.PERCENT]: 'Percent',
  [Measure.MILESTONE]: 'Milestone',
  [Measure.TEXT]: 'Text',
};

/** Column styles: input cells unlocked, text cells formatted as text so that Excel keeps "0012" as typed. */
function columnsOf(sheet: TemplateSheet): Partial<ExcelJS.Column>[] {
  return sheet.columns.map((column) => {
    const input = column.kind === 'text' || column.kind === 'number' || column.kind === 'choice';
    return {
      width: column.width,
      hidden: column.kind === 'id',
      style: {
        alignment: { wrapText: true, vertical: 'top' },
        protection: { locked: !input },
        fill: input ? INPUT_FILL : FIXED_FILL,
        numFmt: column.kind === 'number' ? 'General' : '@',
      },
    };
  });
}

function addDataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, layout: TemplateSheet) {
  const sheet = workbook.addWorksheet(layout.name, {
    ...printSetup(FIRST_DATA_ROW - 1, true),
    views: [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1, xSplit: 0 }],
  });
  sheet.columns = columnsOf(layout);
  const header = sheet.addRow(layout.columns.map((column) => column.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.protection = { locked: true };
  });
  header.commit();
  return sheet;
}

/** exceljs keeps sheet-level (range) data validations at runtime, but its typings omit them. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as SheetValidations).dataValidations;

const listRule = (choices: readonly Choice[], title: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${choices.map((choice) => choice.label).join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: title,
  error: `Choose one of: ${choices.map((choice) => choice.label).join(', ')}`,
});

const numberRule = (title: string, min: number, max: number): ExcelJS.DataValidation => ({
  type: 'decimal',
  operator: 'between',
  allowBlank: true,
  formulae: [min, max],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: title,
  error: max >= 1e12 ? 'Type a number, without words or formulas' : `Type a number between ${min} and ${max}`,
});

/** A whole data column's rule, from the first data row to `lastRow`. */
function ruleForColumn(
  sheet: ExcelJS.Worksheet,
  layout: TemplateSheet,
  key: string,
  lastRow: number,
  rule: ExcelJS.DataValidation,
) {
  if (lastRow < FIRST_DATA_ROW) return;
  const letter = columnLetter(columnNumber(layout, key as never));
  validations(sheet).add(`${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`, rule);
}

const figure = (value: number | null, narrative: string | null, unit: string | null) =>
  value === null ? text(narrative) : unit ? `${value} ${unit}` : value;

/** Streams the offline report template of an office's quarter, its instructions in `language`. */
export async function writeReportTemplate(
  content: TemplateContent,
  stream: Writable,
  language: TemplateLanguage,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ROAP results tracker';
  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET, printSetup(1)), content, language);
  const programme = new Map(content.reports.map((report) => [report.id, report.programmeTitle]));

  const reportSheet = addDataSheet(workbook, REPORT_SHEET);
  for (const report of content.reports) {
    const row = [
      report.id,
      report.programmeTitle,
      report.status,
      report.achievements,
      report.challenges,
      report.nextSteps,
    ];
    reportSheet.addRow(row.map((value) => value ?? '')).commit();
  }
  await reportSheet.protect('', PROTECTION);
  reportSheet.commit();

  const linesSheet = addDataSheet(workbook, LINES_SHEET);
  for (const line of content.lines) {
    linesSheet
      .addRow([
        line.lineId,
        line.programmeOutcome || text(programme.get(line.reportId)),
        line.code,
        line.title,
        line.period,
        choiceLabel(LINE_STATUS_CHOICES, line.status),
        line.percentComplete ?? '',
        text(line.narrative),
        text(line.challenges),
        text(line.reviewerComment),
      ])
      .commit();
  }
  const lastLine = content.lines.length + FIRST_DATA_ROW - 1;
  ruleForColumn(linesSheet, LINES_SHEET, 'status', lastLine, listRule(LINE_STATUS_CHOICES, 'Status'));
  ruleForColumn(linesSheet, LINES_SHEET, 'percentComplete', lastLine, numberRule('% complete', 0, 100));
  await linesSheet.protect('', PROTECTION);
  linesSheet.commit();

  const resultsSheet = addDataSheet(workbook, RESULTS_SHEET);
  writeResultsSheet(resultsSheet, content.results);
  await resultsSheet.protect('', PROTECTION);
  resultsSheet.commit();

  writeMeta(workbook, content, language);
  await workbook.commit();
}

function writeResultsSheet(sheet: ExcelJS.Worksheet, results: TemplateResult[]) {
  const valueColumn = columnLetter(columnNumber(RESULTS_SHEET, 'value'));
  const statusColumn = columnLetter(columnNumber(RESULTS_SHEET, 'milestoneStatus'));
  results.forEach((result, index) => {
    const rowNumber = FIRST_DATA_ROW + index;
    const row = sheet.addRow([
      result.reportId,
      result.componentId,
      `${result.outcomeNumber}. ${result.outcomeTitle}`,
      `${result.indicatorCode} ${componentLabel(result.position)} ${result.indicatorTitle}`,
      MEASURE_LABEL[result.measure] + (result.unit ? ` (${result.unit})` : ''),
      figure(result.baselineValue, result.baselineNarrative, result.unit),
      figure(result.targetValue, result.targetNarrative, result.unit),
      result.value ?? '',
      choiceLabel(MILESTONE_STATUS_CHOICES, result.milestoneStatus),
      text(result.narrative),
    ]);
    // What this component's measure takes: a number, a milestone status, or words only.
    const numeric = result.measure === Measure.NUMBER || result.measure === Measure.PERCENT;
    const valueCell = row.getCell(valueColumn);
    const statusCell = row.getCell(statusColumn);
    if (numeric) {
      const [min, max] = result.measure === Measure.PERCENT ? [0, 100] : [-1e12, 1e12];
      validations(sheet).add(`${valueColumn}${rowNumber}`, numberRule('Value', min, max));
    } else {
      valueCell.protection = { locked: true };
      valueCell.fill = FIXED_FILL;
    }
    if (result.measure === Measure.MILESTONE) {
      validations(sheet).add(`${statusColumn}${rowNumber}`, listRule(MILESTONE_STATUS_CHOICES, 'Milestone status'));
    } else {
      statusCell.protection = { locked: true };
      statusCell.fill = FIXED_FILL;
    }
    row.commit();
  });
}
