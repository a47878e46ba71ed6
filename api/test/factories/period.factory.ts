import type { DataSource } from 'typeorm';
import { parsePeriodCode } from '#src/platform/reporting-period/period-code.util.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

export function createPeriod(dataSource: DataSource, code: string, overrides: Partial<ReportingPeriodEntity> = {}) {
  const parsed = parsePeriodCode(code);
  if (!parsed) throw new Error(`bad period code ${code}`);
  return dataSource.getRepository(ReportingPeriodEntity).save({
    code,
    ...parsed,
    dueDate: parsed.endDate,
    status: PeriodStatus.OPEN,
    ...overrides,
  });
}

/** Periods by code, e.g. createPeriods(ds, ['2008-Q1', '2008', '2008-09']). */
export async function createPeriods(dataSource: DataSource, codes: string[]) {
  const periods = await Promise.all(codes.map((code) => createPeriod(dataSource, code)));
  return Object.fromEntries(periods.map((period) => [period.code, period]));
}
