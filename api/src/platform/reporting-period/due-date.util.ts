import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';

const DAYS_TO_REPORT: Record<PeriodKind, number> = {
  [PeriodKind.QUARTER]: 15,
  [PeriodKind.YEAR]: 31,
  [PeriodKind.BIENNIUM]: 31,
};

/** Reports are due 15 days after a quarter ends, 31 days after a year or biennium. */
export function defaultDueDate(kind: PeriodKind, endDate: string): string {
  return new Date(Date.parse(endDate) + DAYS_TO_REPORT[kind] * 86_400_000).toISOString().slice(0, 10);
}
