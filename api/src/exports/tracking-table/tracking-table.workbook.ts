import ExcelJS from 'exceljs';
import { targetUsedLabel } from '#src/results/progress/target-used.js';
import type { Writable } from 'node:stream';
import type { TrackingContent } from '#src/exports/tracking-table/tracking-table-data.service.js';
import type { NumberLanguage } from '#src/common/validation/number-text.js';
import { writeBudgetSheet } from '#src/exports/tracking-table/budget-sheet.js';
import { headerRow, printSetup, setColumns, STATUS_FILL } from '#src/common/workbook/xlsx-layout.js';

const FIXED = ['Outcome', 'Indicator', 'Component', 'Baseline', 'Target'];

/**
 * Streams the tracking table: indicators x quarters, the same figures as a flat sheet with ids,
 * and budget vs expenditure of the programmes in scope (its labels in `language`).
 */
export async function writeTrackingWorkbook(
  content: TrackingContent,
  stream: Writable,
  language: NumberLanguage = 'en',
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ROAP results tracker';
  writeTable(workbook.addWorksheet('Tracking table', printSetup(2, true)), content);
  writeFlat(workbook.addWorksheet('Data', printSetup(1, true)), content);
  writeBudgetSheet(workbook, content.budgets, language);
  await workbook.commit();
}

function writeTable(sheet: ExcelJS.Worksheet, content: TrackingContent) {
  setColumns(sheet, [24, 36, 10, 12, 12, ...content.quarters.flatMap(() => [10, 10, 9])]);
  const periods = sheet.addRow([...FIXED.map(() => ''), ...content.quarters.flatMap((q) => [q.code, '', ''])]);
  periods.font = { bold: true };
  content.quarters.forEach((_, index) => {
    const first = FIXED.length + 1 + index * 3;
    sheet.mergeCells(1, first, 1, first + 2);
  });
  periods.commit();
  headerRow(sheet, [...FIXED, ...content.quarters.flatMap(() => ['Target', 'Actual', '%'])]);
  const first = content.progress.get(content.quarters[0]!.id) ?? [];
  const partsByComponent = new Map<number, TrackingContent['disaggregations']>();
  for (const part of content.disaggregations) {
    const parts = partsByComponent.get(part.componentId) ?? [];
    parts.push(part);
    partsByComponent.set(part.componentId, parts);
  }
  for (const [index, component] of first.entries()) {
    const cells: (string | number | null)[] = [
      `${component.outcomeNumber}. ${component.outcomeTitle}`,
      `${component.indicatorCode} ${component.indicatorTitle}`,
      component.label,
      component.baselineValue,
      component.targetValue,
    ];
    const statuses: string[] = [];
    for (const quarter of content.quarters) {
      const row = content.progress.get(quarter.id)![index]!;
      cells.push(
        row.intermediateTargetValue ?? row.targetValue,
        row.actualValue,
        row.achievementPercent === null ? null : row.achievementPercent / 100,
      );
      statuses.push(row.status);
    }
    const line = sheet.addRow(cells);
    statuses.forEach((status, quarter) => {
      const cell = line.getCell(FIXED.length + 3 + quarter * 3);
      cell.numFmt = '0.0%';
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[status]! } };
    });
    line.commit();
    writeDisaggregationRows(sheet, content, partsByComponent.get(component.componentId) ?? []);
  }
  sheet.commit();
}

/** Under a component, one row per dimension and category with its actual per quarter. */
function writeDisaggregationRows(
  sheet: ExcelJS.Worksheet,
  content: TrackingContent,
  parts: TrackingContent['disaggregations'],
) {
  const keys = [...new Set(parts.map((part) => `${part.dimension}\u0000${part.category}`))];
  for (const key of keys) {
    const [dimension, category] = key.split('\u0000') as [string, string];
    const cells: (string | number | null)[] = ['', '', `${dimension}: ${category}`, null, null];
    for (const quarter of content.quarters) {
      const part = parts.find((p) => p.periodId === quarter.id && p.dimension === dimension && p.category === category);
      cells.push(null, part ? Number(part.value) : null, null);
    }
    const line = sheet.addRow(cells);
    line.font = { italic: true };
    line.commit();
  }
}

function writeFlat(sheet: ExcelJS.Worksheet, content: TrackingContent) {
  setColumns(sheet, [10, 10, 10, 10, 10, 10, 12, 10, 12, 12, 12, 12, 12, 14, 30, 12]);
  headerRow(sheet, [
    'componentId',
    'indicatorId',
    'outcomeId',
    'periodId',
    'periodCode',
    'indicatorCode',
    'component',
    'measure',
    'baseline',
    'target',
    'periodTarget',
    'actual',
    'achievementPercent',
    'status',
    'targetUsed',
    'targetRevisionId',
  ]);
  for (const quarter of content.quarters) {
    for (const row of content.progress.get(quarter.id)!) {
      sheet
        .addRow([
          row.componentId,
          row.indicatorId,
          row.outcomeId,
          quarter.id,
          quarter.code,
          row.indicatorCode,
          row.label,
          row.measure,
          row.baselineValue,
          row.targetValue,
          row.intermediateTargetValue,
          row.actualValue,
          row.achievementPercent,
          row.status,
          targetUsedLabel(row),
          row.targetRevisionId,
        ])
        .commit();
    }
  }
  sheet.commit();
}
