import type ExcelJS from 'exceljs';
import type { TemplateContent } from '#src/dwcp/report-template/template-data.service.js';
import {
  LINE_STATUS_CHOICES,
  LINES_SHEET,
  MILESTONE_STATUS_CHOICES,
  REPORT_SHEET,
  RESULTS_SHEET,
} from '#src/dwcp/report-template/template-layout.js';

const labels = (choices: readonly { label: string }[]) => choices.map((choice) => choice.label).join(', ');

/** The first sheet: what the template is for and how to fill it without a connection. */
export function writeInstructions(sheet: ExcelJS.Worksheet, content: TemplateContent): void {
  sheet.columns = [{ width: 24 }, { width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const add = (values: string[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.font = { bold: true };
    row.commit();
  };
  const title = sheet.addRow(['ROAP results tracker: quarterly progress report (offline template)']);
  title.font = { bold: true, size: 14 };
  title.commit();
  add([]);
  add(['ILO Office', `${content.office.name} (${content.office.code})`]);
  add(['Quarter', content.period.code]);
  for (const report of content.reports)
    add(['Report', `${report.programmeTitle}: ${report.status}, version ${report.version}`]);
  add([]);
  add(['How to fill it'], true);
  const steps = [
    `Type only in the white cells of the sheets "${REPORT_SHEET.name}", "${LINES_SHEET.name}" and "${RESULTS_SHEET.name}". Grey cells, headers and hidden columns identify each row: do not change, move or copy them.`,
    `"${LINES_SHEET.name}": for each plan item choose a status (${labels(LINE_STATUS_CHOICES)}), give the % complete as a number from 0 to 100, and describe the progress and challenges of the quarter.`,
    `"${RESULTS_SHEET.name}": a number or percent component takes a number in "Value this quarter"; a milestone takes a status (${labels(MILESTONE_STATUS_CHOICES)}); a text component takes its narrative. A row left empty keeps what the report holds.`,
    'Type values, not formulas: a cell that begins with = is refused.',
    'When you are back online, upload the workbook on "My report". Every row is checked: either everything is saved as the draft of your report, or nothing is, and you get the workbook back with each problem marked.',
    'If someone saved the report online after you downloaded this template, the upload is refused so that neither change is lost: download a new template.',
  ];
  steps.forEach((step, index) => add([`Step ${index + 1}`, step]));
  sheet.commit();
}
