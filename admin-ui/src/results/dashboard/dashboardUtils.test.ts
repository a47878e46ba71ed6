import { describe, expect, it } from '@jest/globals';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { countByStatus, groupProgress } from './groupProgress';
import { defaultQuarter, quartersEndingAt, sortQuarters } from './periods';

const quarter = (id: string, year: number, q: number) => ({
  id,
  code: `${year}-Q${q}`,
  startDate: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
  endDate: `${year}-${String(q * 3).padStart(2, '0')}-28`,
});

describe('dashboard periods', () => {
  const quarters = sortQuarters([quarter('3', 2008, 3), quarter('1', 2008, 1), quarter('2', 2008, 2)]);

  it('defaults to the latest quarter that has ended, or else the last one', () => {
    expect(defaultQuarter(quarters, '2008-07-15')?.id).toBe('2');
    expect(defaultQuarter(quarters, '2026-11-22')?.id).toBe('3');
    expect(defaultQuarter(quarters, '2007-01-01')?.id).toBe('3');
  });

  it('takes the quarters ending at the chosen one, oldest first', () => {
    expect(quartersEndingAt(quarters, '3', 2).map((q) => q.id)).toEqual(['2', '3']);
    expect(quartersEndingAt(quarters, '1', 8).map((q) => q.id)).toEqual(['1']);
    expect(quartersEndingAt(quarters, 'missing', 8)).toEqual([]);
  });
});

describe('groupProgress', () => {
  const row = (componentId: string, outcomeNumber: number, indicatorId: string, status: ComponentProgress['status']) =>
    ({
      componentId,
      outcomeId: `o${outcomeNumber}`,
      outcomeNumber,
      outcomeTitle: `Outcome ${outcomeNumber}`,
      indicatorId,
      indicatorCode: indicatorId,
      indicatorTitle: indicatorId,
      status,
    }) as ComponentProgress;

  it('groups components by outcome and indicator in order and counts statuses', () => {
    const rows = [row('c3', 2, '2.1', 'AT_RISK'), row('c1', 1, '1.1', 'ON_TRACK'), row('c2', 1, '1.1', 'NO_DATA')];
    const outcomes = groupProgress(rows);
    expect(outcomes.map((o) => o.outcomeNumber)).toEqual([1, 2]);
    expect(outcomes[0]!.indicators[0]!.components.map((c) => c.componentId)).toEqual(['c1', 'c2']);
    expect(countByStatus(rows)).toEqual({ ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 0, NO_DATA: 1, NOT_MEASURED: 0 });
  });
});
