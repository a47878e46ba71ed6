import { describe, expect, it } from '@jest/globals';
import { fieldChanges } from '#src/platform/audit/field-changes.util.js';

const fields = ['id', 'title', 'targetValue', 'countries', 'updatedAt'];

describe('fieldChanges', () => {
  it('lists every value of a created record, and of a deleted one', () => {
    const record = { id: 7, title: 'Outcome 1', targetValue: 25, countries: ['BGD'], updatedAt: new Date() };
    expect(fieldChanges(fields, null, record)).toEqual([
      { field: 'id', before: null, after: 7 },
      { field: 'title', before: null, after: 'Outcome 1' },
      { field: 'targetValue', before: null, after: 25 },
      { field: 'countries', before: null, after: ['BGD'] },
    ]);
    expect(fieldChanges(fields, record, null).map((change) => change.after)).toEqual([null, null, null, null]);
  });

  it('lists only what changed, ignoring timestamps', () => {
    const before = { id: 7, title: 'A', targetValue: 25, countries: ['BGD'], updatedAt: new Date(1) };
    const after = { ...before, targetValue: 30, countries: ['BGD', 'MMR'], updatedAt: new Date(2) };
    expect(fieldChanges(fields, before, after)).toEqual([
      { field: 'targetValue', before: 25, after: 30 },
      { field: 'countries', before: ['BGD'], after: ['BGD', 'MMR'] },
    ]);
  });
});
