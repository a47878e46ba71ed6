import { describe, expect, test } from '@jest/globals';
import { planTree } from './PlanItemTree';

const item = (id: string, code: string, kind: 'OUTPUT' | 'ACTIVITY', parentId: string | null = null) => ({
  id,
  parentId,
  kind,
  code,
  title: code,
  responsible: null,
  fundingSource: 'RB',
  budgetUsd: null,
  expenditureUsd: null,
});

describe('the plan as a tree', () => {
  test('puts each activity under its output, in code order, and activities under no output last', () => {
    const rows = planTree([
      item('5', 'A10', 'ACTIVITY', '2'),
      item('1', 'O2', 'OUTPUT'),
      item('2', 'O1', 'OUTPUT'),
      item('3', 'A2', 'ACTIVITY', '2'),
      item('4', 'A3', 'ACTIVITY'),
      item('6', 'A1', 'ACTIVITY', '1'),
    ]);
    expect(rows.map(({ item: each, depth }) => `${'  '.repeat(depth)}${each.code}`)).toEqual([
      'O1',
      '  A2',
      '  A10',
      'O2',
      '  A1',
      'A3',
    ]);
  });
});
