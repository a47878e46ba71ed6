import type ExcelJS from 'exceljs';
import type { KmUpdateContent } from '#src/exports/km-update/km-update-data.service.js';
import { setColumns, text } from '#src/common/workbook/xlsx-layout.js';

/** The title block and the header grid: repeated on every printed page. */
export const UPDATE_HEADER_ROWS = 6;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const day = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;

/** As seed 001 dates its milestones: "April 10", "May 12 – 16", "April 1 – May 29". */
export function milestoneDate(start: string, end: string | null): string {
  if (!end || end === start) return day(start);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return `${day(start)} – ${sameMonth ? Number(end.slice(8, 10)) : day(end)}`;
}

/** "2009-Q2" as the update's header writes it: "Q2 – 2009". */
const periodCovered = (code: string) => `${code.slice(5)} – ${code.slice(0, 4)}`;

/** The "Update" sheet, in the layout of the Q2 2009 KM update (seed 001). */
export function writeUpdateSheet(sheet: ExcelJS.Worksheet, content: KmUpdateContent): void {
  const { update, period, office } = content;
  setColumns(sheet, [18, 34, 18, 34]);
  let rowNumber = 0;
  const line = (values: (string | number)[], options: { bold?: boolean; size?: number; merge?: boolean } = {}) => {
    const row = sheet.addRow(values);
    rowNumber = row.number;
    if (options.bold || options.size) row.font = { bold: options.bold ?? false, size: options.size ?? 11 };
    if (options.merge) sheet.mergeCells(rowNumber, 1, rowNumber, 4);
    return row;
  };
  const gap = () => line([]);
  const heading = (title: string) => {
    gap();
    line([title], { bold: true, size: 12, merge: true });
  };
  const paragraph = (value: string | null | undefined) => {
    if (value) line([value], { merge: true });
  };

  line(['International Labour Organization'], { bold: true, size: 14, merge: true });
  line(['Regional Office for Asia and the Pacific (ROAP)'], { bold: true, size: 12, merge: true });
  line(['Knowledge Management Update'], { bold: true, size: 12, merge: true });
  gap();
  const authors = line(['Author(s):', text(update?.authors), 'Period Covered:', periodCovered(period.code)]);
  const officeRow = line(['ILO Office:', office.code, 'Area of Work:', text(update?.areaOfWork)]);
  for (const row of [authors, officeRow]) {
    row.getCell(1).font = { bold: true };
    row.getCell(3).font = { bold: true };
  }

  heading('Executive summary:');
  paragraph(update?.executiveSummary ?? 'No update has been written for this quarter yet.');

  heading(`Key milestones / achievements up until ${period.code.slice(5)}, ${period.code.slice(0, 4)}:`);
  paragraph(update?.milestonesIntro);
  for (const milestone of content.milestones) {
    const advances = milestone.components.length ? `\nAdvances: ${milestone.components.join(', ')}` : '';
    const row = line([milestoneDate(milestone.startDate, milestone.endDate), `${milestone.description}${advances}`]);
    row.getCell(1).font = { bold: true };
    sheet.mergeCells(row.number, 2, row.number, 4);
  }

  heading('Work in progress:');
  paragraph(update?.workInProgressIntro);
  for (const area of content.workAreas) {
    line([`${area.number}. ${area.title}`], { bold: true, merge: true });
    paragraph(area.description);
    if (area.status)
      paragraph(
        `Status in ${period.code}: ${area.status.replace('_', ' ').toLowerCase()}${area.note ? ` (${area.note})` : ''}`,
      );
  }
  paragraph(update?.workInProgressConclusion);

  heading('Critical issues and challenges:');
  paragraph(update?.issuesIntro);
  for (const issue of content.issues) {
    const row = line([issue.title, issue.description]);
    row.getCell(1).font = { bold: true };
    sheet.mergeCells(row.number, 2, row.number, 4);
  }

  heading('Key contacts:');
  paragraph(update?.contactsIntro);
  for (const contact of content.contacts) line([contact.name, contact.title, contact.email]);
  sheet.commit();
}
