import { describe, expect, it } from '@jest/globals';
import { resultProblems, type ResultValues } from '#src/results/indicator-result/result-rules.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

const result = (overrides: Partial<ResultValues>): ResultValues => ({
  value: null,
  narrative: null,
  milestoneStatus: null,
  disaggregations: [],
  ...overrides,
});

const bySex = (women: number, men: number) => [
  { dimension: 'sex', category: 'women', value: women },
  { dimension: 'sex', category: 'men', value: men },
];

describe('resultProblems', () => {
  it('accepts a count whose breakdown adds up, per dimension', () => {
    const disaggregations = [...bySex(9, 6), { dimension: 'constituent group', category: 'workers', value: 15 }];
    expect(resultProblems(Measure.NUMBER, result({ value: 15, disaggregations }))).toEqual([]);
  });

  it('refuses a count whose breakdown does not add up', () => {
    expect(resultProblems(Measure.NUMBER, result({ value: 15, disaggregations: bySex(9, 3) }))).toEqual([
      { field: 'disaggregations', message: 'the values for "sex" add up to 12, not the total 15' },
    ]);
  });

  it('refuses a category listed twice in a dimension', () => {
    const disaggregations = [...bySex(5, 5), { dimension: 'Sex', category: 'Women', value: 0 }];
    expect(resultProblems(Measure.NUMBER, result({ value: 10, disaggregations }))[0]).toEqual({
      field: 'disaggregations[2].category',
      message: '"Women" is listed twice under "Sex"',
    });
  });

  it('keeps percentages, and their breakdowns, between 0 and 100 without summing them', () => {
    expect(resultProblems(Measure.PERCENT, result({ value: 40, disaggregations: bySex(50, 30) }))).toEqual([]);
    expect(resultProblems(Measure.PERCENT, result({ value: 140 }))[0]?.field).toBe('value');
    expect(resultProblems(Measure.PERCENT, result({ value: 40, disaggregations: bySex(120, 30) }))[0]?.field).toBe(
      'disaggregations[0].value',
    );
  });

  it('asks milestones for a status and nothing else for one', () => {
    expect(resultProblems(Measure.MILESTONE, result({}))).toEqual([
      { field: 'milestoneStatus', message: 'a milestone result needs a status' },
    ]);
    expect(resultProblems(Measure.MILESTONE, result({ milestoneStatus: MilestoneStatus.ACHIEVED }))).toEqual([]);
    expect(
      resultProblems(Measure.NUMBER, result({ value: 3, milestoneStatus: MilestoneStatus.ACHIEVED }))[0]?.field,
    ).toBe('milestoneStatus');
    expect(
      resultProblems(Measure.MILESTONE, result({ milestoneStatus: MilestoneStatus.ACHIEVED, value: 1 }))[0]?.field,
    ).toBe('value');
  });

  it('asks numbers for a value and text for a narrative', () => {
    expect(resultProblems(Measure.NUMBER, result({}))[0]?.field).toBe('value');
    expect(resultProblems(Measure.TEXT, result({}))[0]?.field).toBe('narrative');
    expect(resultProblems(Measure.TEXT, result({ narrative: 'Shared with 500 partners' }))).toEqual([]);
  });
});
