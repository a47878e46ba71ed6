import { describe, expect, test } from '@jest/globals';
import * as Enums from '../generated/enums';
import { enumChoices, enumValues, type EnumName } from './enumChoices';

describe('enum choices', () => {
  test.each(Object.keys(Enums) as EnumName[])('%s offers every value of the schema, each once', (name) => {
    expect([...enumValues(name)].sort()).toEqual(Object.values(Enums[name]).sort());
  });

  test('lists the values in the order of the work, not the schema’s alphabetical one', () => {
    expect(enumValues('MilestoneStatus')).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED']);
    expect(enumValues('ReportStatus')).toEqual(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']);
  });

  test('labels each choice through the catalogue', () => {
    expect(enumChoices('Direction')).toEqual([
      { id: 'INCREASE', name: 'enums.Direction.INCREASE' },
      { id: 'DECREASE', name: 'enums.Direction.DECREASE' },
    ]);
  });
});
