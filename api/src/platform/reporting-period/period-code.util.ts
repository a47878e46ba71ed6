import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';

export interface ParsedPeriodCode {
  kind: PeriodKind;
  startDate: string;
  endDate: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;
const BIENNIUM = /^(\d{4})-(\d{2})$/;

const lastDayOf = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

const inRange = (year: number): boolean => year >= 1900 && year <= 2999;

/**
 * Reads a period code: "2009-Q2" (quarter), "2009" (year) or "2008-09" (biennium, second year
 * following the first). Returns null for anything else.
 */
export function parsePeriodCode(code: string): ParsedPeriodCode | null {
  const quarter = QUARTER.exec(code);
  if (quarter) {
    const year = Number(quarter[1]);
    const firstMonth = (Number(quarter[2]) - 1) * 3 + 1;
    if (!inRange(year)) return null;
    return {
      kind: PeriodKind.QUARTER,
      startDate: `${year}-${String(firstMonth).padStart(2, '0')}-01`,
      endDate: lastDayOf(year, firstMonth + 2),
    };
  }
  const year = YEAR.exec(code);
  if (year) {
    const value = Number(year[1]);
    if (!inRange(value)) return null;
    return { kind: PeriodKind.YEAR, startDate: `${value}-01-01`, endDate: `${value}-12-31` };
  }
  const biennium = BIENNIUM.exec(code);
  if (biennium) {
    const first = Number(biennium[1]);
    if (!inRange(first) || (first + 1) % 100 !== Number(biennium[2])) return null;
    return { kind: PeriodKind.BIENNIUM, startDate: `${first}-01-01`, endDate: `${first + 1}-12-31` };
  }
  return null;
}

export const PERIOD_CODE_HINT = 'must be a quarter (2009-Q2), a year (2009) or a biennium (2008-09)';
