import { defaultDueDate } from '#src/platform/reporting-period/due-date.util.js';
import { parsePeriodCode } from '#src/platform/reporting-period/period-code.util.js';
import { type PeriodKind, PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

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

function period(code: string): DemoPeriod {
  const parsed = parsePeriodCode(code)!;
  return {
    code,
    ...parsed,
    dueDate: defaultDueDate(parsed.kind, parsed.endDate),
    status: parsed.endDate < DEMO_TODAY ? PeriodStatus.CLOSED : PeriodStatus.OPEN,
  };
}

const YEARS = [2008, 2009, 2010, 2011];

/** Quarters 2008-Q1 to 2011-Q4, the four years and the two bienniums. */
export const DEMO_PERIODS: DemoPeriod[] = [
  ...YEARS.flatMap((year) => [1, 2, 3, 4].map((quarter) => period(`${year}-Q${quarter}`))),
  ...YEARS.map((year) => period(String(year))),
  period('2008-09'),
  period('2010-11'),
];
