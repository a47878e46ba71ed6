import { describe, expect, it } from '@jest/globals';
import { parsePeriodCode } from '#src/platform/reporting-period/period-code.util.js';
import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';

describe('parsePeriodCode', () => {
  it('reads quarters with their first and last days', () => {
    expect(parsePeriodCode('2009-Q2')).toEqual({
      kind: PeriodKind.QUARTER,
      startDate: '2009-04-01',
      endDate: '2009-06-30',
    });
    expect(parsePeriodCode('2008-Q1')).toEqual({
      kind: PeriodKind.QUARTER,
      startDate: '2008-01-01',
      endDate: '2008-03-31',
    });
    expect(parsePeriodCode('2011-Q4')?.endDate).toBe('2011-12-31');
  });

  it('reads years and bienniums', () => {
    expect(parsePeriodCode('2009')).toEqual({ kind: PeriodKind.YEAR, startDate: '2009-01-01', endDate: '2009-12-31' });
    expect(parsePeriodCode('2008-09')).toEqual({
      kind: PeriodKind.BIENNIUM,
      startDate: '2008-01-01',
      endDate: '2009-12-31',
    });
    expect(parsePeriodCode('2099-00')?.endDate).toBe('2100-12-31');
  });

  it.each(['2009-Q5', '2009-Q0', '09', '2008-10', '2008-2009', 'Q2-2009', '', ' 2009', '2009-q2', '0200'])(
    'refuses %p',
    (code) => {
      expect(parsePeriodCode(code)).toBeNull();
    },
  );
});
