import { parsePeriodCode } from '#src/reporting-period/period-code.util.js';
import { type PeriodKind, PeriodStatus } from '#src/reporting-period/reporting-period.enums.js';

export interface DemoPeriod {
  code: string;
  kind: PeriodKind;
  startDate: string;
  endDate: string;
  dueDate: string;
  status: PeriodStatus;
}

// The demo is set in mid-2009, when the Q2 2009 KM update (seed 001) was written: periods that
// ended before Q2 2009 are closed, the rest open.
const DEMO_TODAY = '2009-04-01';

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

function period(code: string, daysToReport: number): DemoPeriod {
  const parsed = parsePeriodCode(code)!;
  return {
    code,
    ...parsed,
    dueDate: addDays(parsed.endDate, daysToReport),
    status: parsed.endDate < DEMO_TODAY ? PeriodStatus.CLOSED : PeriodStatus.OPEN,
  };
}

const YEARS = [2008, 2009, 2010, 2011];

/** Quarters 2008-Q1 to 2011-Q4 (due 15 days after), the years and the two bienniums (due 31 days after). */
export const DEMO_PERIODS: DemoPeriod[] = [
  ...YEARS.flatMap((year) => [1, 2, 3, 4].map((quarter) => period(`${year}-Q${quarter}`, 15))),
  ...YEARS.map((year) => period(String(year), 31)),
  period('2008-09', 31),
  period('2010-11', 31),
];
