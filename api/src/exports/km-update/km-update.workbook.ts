import ExcelJS from 'exceljs';
import { targetUsedLabel } from '#src/results/progress/target-used.js';
import type { Writable } from 'node:stream';
import type { KmUpdateContent } from '#src/exports/km-update/km-update-data.service.js';
import { headerRow, printSetup, setColumns, STATUS_FILL, text } from '#src/common/workbook/xlsx-layout.js';
import { UPDATE_HEADER_ROWS, writeUpdateSheet } from '#src/exports/km-update/update-sheet.js';

const STATUS_LABEL: Record<string, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NO_DATA: 'No data',
  NOT_MEASURED: 'Not measured',
};

/** Streams the quarterly KM update workbook: Update, Indicators, DWCP reporting, Communities. */
export async function writeKmUpdateWorkbook(
  content: KmUpdateContent,
  scopes: Map<number, string>,
  stream: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ROAP results tracker';
  writeUpdateSheet(workbook.addWorksheet('Update', printSetup(UPDATE_HEADER_ROWS)), content);
  writeIndicatorSheet(workbook.addWorksheet('Indicators', printSetup(1, true)), content, scopes);
  writeComplianceSheet(workbook.addWorksheet('DWCP reporting', printSetup(1)), content);
  writeCommunitySheet(workbook.addWorksheet('Communities', printSetup(1)), content);
  await workbook.commit();
}

function writeIndicatorSheet(sheet: ExcelJS.Worksheet, content: KmUpdateContent, scopes: Map<number, string>) {
  setColumns(sheet, [28, 40, 10, 8, 22, 22, 12, 12, 14, 40, 30]);
  headerRow(sheet, [
    'Outcome',
    'Indicator',
    'Component',
    'Scope',
    'Baseline',
    'Target',
    `Actual ${content.period.code}`,
    '% achievement',
    'Status',
    'Narrative',
    'Target used',
  ]);
  for (const row of content.progress) {
    const line = sheet.addRow([
      `${row.outcomeNumber}. ${row.outcomeTitle}`,
      `${row.indicatorCode} ${row.indicatorTitle}`,
      row.label,
      scopes.get(row.indicatorId) ?? '',
      row.baselineValue ?? text(row.baselineNarrative),
      row.targetValue ?? text(row.targetNarrative),
      row.actualValue ?? (row.milestoneStatus ? row.milestoneStatus.replace('_', ' ').toLowerCase() : ''),
      row.achievementPercent === null ? '' : row.achievementPercent / 100,
      STATUS_LABEL[row.status] ?? row.status,
      text(content.narratives.get(row.componentId)),
      targetUsedLabel(row),
    ]);
    line.getCell(8).numFmt = '0.0%';
    line.getCell(9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[row.status]! } };
    line.commit();
  }
  sheet.commit();
}

function writeComplianceSheet(sheet: ExcelJS.Worksheet, content: KmUpdateContent) {
  setColumns(sheet, [16, 10, 14, 14, 20, 10]);
  headerRow(sheet, ['Office', 'Country', 'Report status', 'Due', 'First submitted', 'On time']);
  // One quarter: each programme has at most one cell, due on that quarter's date.
  const dueDate = content.compliance.periods[0]?.dueDate ?? '';
  const rows = content.compliance.programmes.flatMap((programme) =>
    programme.cells.map((cell) => ({ programme, cell })),
  );
  for (const { programme, cell } of rows) {
    const line = sheet.addRow([
      programme.officeCode,
      programme.countryCode,
      cell.status,
      dueDate,
      cell.firstSubmittedAt ? new Date(cell.firstSubmittedAt).toISOString().slice(0, 10) : '',
      cell.onTime === null ? '' : cell.onTime ? 'yes' : 'late',
    ]);
    line.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[cell.status]! } };
    line.commit();
  }
  sheet.commit();
}

function writeCommunitySheet(sheet: ExcelJS.Worksheet, content: KmUpdateContent) {
  setColumns(sheet, [40, 30, 12, 36, 12, 12, 12]);
  headerRow(sheet, ['Community of practice', 'Theme', 'Status', 'Group', 'Target', 'Members', '% of target']);
  for (const { community, targets } of content.communities) {
    const groups = targets.length > 0 ? targets : [null];
    for (const target of groups) {
      const line = sheet.addRow([
        `${community.name} (${community.acronym})`,
        community.theme,
        community.status,
        target?.memberGroup ?? '',
        target?.targetMembers ?? '',
        target?.currentMembers ?? '',
        target && target.currentMembers !== null ? target.currentMembers / target.targetMembers : '',
      ]);
      line.getCell(7).numFmt = '0%';
      line.commit();
    }
  }
  sheet.commit();
}
