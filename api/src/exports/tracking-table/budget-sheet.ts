import type ExcelJS from 'exceljs';
import type { ProgrammeBudgetRow } from '#src/dwcp/country-programme/programme-budget.js';
import type { NumberLanguage } from '#src/common/validation/number-text.js';
import { headerRow, printSetup, setColumns } from '#src/common/workbook/xlsx-layout.js';

export const BUDGET_LANGUAGES = ['en', 'fr', 'es'] as const;

interface BudgetTexts {
  sheet: string;
  headers: [string, string, string, string, string, string, string, string];
  statuses: Record<string, string>;
  total: string;
  none: string;
}

/** The Budget sheet's words in the interface's languages. */
export const BUDGET_TEXTS: Record<NumberLanguage, BudgetTexts> = {
  en: {
    sheet: 'Budget',
    headers: [
      'Country',
      'Programme',
      'Year',
      'Plan status',
      'Funding source',
      'Budget (US$)',
      'Expenditure to date (US$)',
      'Spent',
    ],
    statuses: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved' },
    total: 'Total',
    none: 'No implementation plan in these years has a budget.',
  },
  fr: {
    sheet: 'Budget',
    headers: [
      'Pays',
      'Programme',
      'Année',
      'Statut du plan',
      'Source de financement',
      'Budget (USD)',
      'Dépenses à ce jour (USD)',
      'Dépensé',
    ],
    statuses: { DRAFT: 'Brouillon', SUBMITTED: 'Soumis', RETURNED: 'Renvoyé', APPROVED: 'Approuvé' },
    total: 'Total',
    none: "Aucun plan de mise en œuvre de ces années n'a de budget.",
  },
  es: {
    sheet: 'Presupuesto',
    headers: [
      'País',
      'Programa',
      'Año',
      'Estado del plan',
      'Fuente de financiación',
      'Presupuesto (USD)',
      'Gasto a la fecha (USD)',
      'Gastado',
    ],
    statuses: { DRAFT: 'Borrador', SUBMITTED: 'Presentado', RETURNED: 'Devuelto', APPROVED: 'Aprobado' },
    total: 'Total',
    none: 'Ningún plan de ejecución de estos años tiene presupuesto.',
  },
};

/** Budget vs expenditure to date of the programmes in scope, per year and funding source, with a total. */
export function writeBudgetSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  rows: ProgrammeBudgetRow[],
  language: NumberLanguage,
) {
  const texts = BUDGET_TEXTS[language];
  const sheet = workbook.addWorksheet(texts.sheet, printSetup(1, true));
  setColumns(sheet, [10, 40, 8, 14, 14, 16, 20, 10]);
  headerRow(sheet, texts.headers);
  const spent = (budget: number, expenditure: number) => (budget > 0 ? expenditure / budget : null);
  for (const row of rows) {
    const line = sheet.addRow([
      row.countryCode,
      row.programmeTitle,
      row.year,
      texts.statuses[row.planStatus] ?? row.planStatus,
      row.fundingSource,
      row.budgetUsd,
      row.expenditureUsd,
      spent(row.budgetUsd, row.expenditureUsd),
    ]);
    formatAmounts(line);
    line.commit();
  }
  if (rows.length === 0) {
    sheet.addRow([texts.none]).commit();
  } else {
    const budget = rows.reduce((sum, row) => sum + row.budgetUsd, 0);
    const expenditure = rows.reduce((sum, row) => sum + row.expenditureUsd, 0);
    const total = sheet.addRow([texts.total, '', '', '', '', budget, expenditure, spent(budget, expenditure)]);
    total.font = { bold: true };
    formatAmounts(total);
    total.commit();
  }
  sheet.commit();
}

function formatAmounts(row: ExcelJS.Row) {
  row.getCell(6).numFmt = '#,##0.00';
  row.getCell(7).numFmt = '#,##0.00';
  row.getCell(8).numFmt = '0.0%';
}
