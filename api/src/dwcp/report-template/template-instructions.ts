import type ExcelJS from 'exceljs';
import type { TemplateContent } from '#src/dwcp/report-template/template-data.service.js';
import {
  columnOf,
  LINE_STATUS_CHOICES,
  LINES_SHEET,
  MILESTONE_STATUS_CHOICES,
  REPORT_SHEET,
  RESULTS_SHEET,
  type TemplateLanguage,
} from '#src/dwcp/report-template/template-layout.js';
import { INSTRUCTION_TEXTS } from '#src/dwcp/report-template/template-texts.js';

const labels = (choices: readonly { label: string }[]) => choices.map((choice) => choice.label).join(', ');

/** The first sheet: what the template is for and how to fill it without a connection, in its language. */
export function writeInstructions(
  sheet: ExcelJS.Worksheet,
  content: TemplateContent,
  language: TemplateLanguage,
): void {
  const texts = INSTRUCTION_TEXTS[language];
  sheet.columns = [{ width: 24 }, { width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const add = (values: string[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.font = { bold: true };
    row.commit();
  };
  const title = sheet.addRow([texts.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  add([]);
  add([texts.office, `${content.office.name} (${content.office.code})`]);
  add([texts.quarter, content.period.code]);
  for (const report of content.reports)
    add([texts.report, `${report.programmeTitle}: ${report.status}, ${texts.version} ${report.version}`]);
  add([]);
  add([texts.howTo], true);
  const steps = texts.steps({
    report: REPORT_SHEET.name,
    lines: LINES_SHEET.name,
    results: RESULTS_SHEET.name,
    value: columnOf(RESULTS_SHEET, 'value').header,
    lineStatuses: labels(LINE_STATUS_CHOICES),
    milestoneStatuses: labels(MILESTONE_STATUS_CHOICES),
  });
  steps.forEach((step, index) => add([`${texts.step} ${index + 1}`, step]));
  sheet.commit();
}
