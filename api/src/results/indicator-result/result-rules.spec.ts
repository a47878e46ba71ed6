import { describe, expect, it } from '@jest/globals';
import { resultProblems, type ResultValues } from '#src/results/indicator-result/result-rules.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { defaultRuleFields, type ValueRule } from '#src/results/indicator-component/component-rules.js';

const rule = (measure: Measure, overrides: Partial<ValueRule> = {}): ValueRule => ({
  measure,
  ...defaultRuleFields(measure),
  ...overrides,
});

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
    expect(resultProblems(rule(Measure.NUMBER), result({ value: 15, disaggregations }))).toEqual([]);
  });

  it('refuses a count whose breakdown does not add up', () => {
    expect(resultProblems(rule(Measure.NUMBER), result({ value: 15, disaggregations: bySex(9, 3) }))).toEqual([
      { field: 'disaggregations', message: 'the values for "sex" add up to 12, not the total 15' },
    ]);
  });

  it('refuses a category listed twice in a dimension', () => {
    const disaggregations = [...bySex(5, 5), { dimension: 'Sex', category: 'Women', value: 0 }];
    expect(resultProblems(rule(Measure.NUMBER), result({ value: 10, disaggregations }))[0]).toEqual({
      field: 'disaggregations[2].category',
      message: '"Women" is listed twice under "Sex"',
    });
  });

  it('keeps percentages, and their breakdowns, between 0 and 100 without summing them', () => {
    expect(resultProblems(rule(Measure.PERCENT), result({ value: 40, disaggregations: bySex(50, 30) }))).toEqual([]);
    expect(resultProblems(rule(Measure.PERCENT), result({ value: 140 }))[0]?.field).toBe('value');
    expect(
      resultProblems(rule(Measure.PERCENT), result({ value: 40, disaggregations: bySex(120, 30) }))[0]?.field,
    ).toBe('disaggregations[0].value');
  });

  it('asks milestones for a status and nothing else for one', () => {
    expect(resultProblems(rule(Measure.MILESTONE), result({}))).toEqual([
      { field: 'milestoneStatus', message: 'a milestone result needs a status' },
    ]);
    expect(resultProblems(rule(Measure.MILESTONE), result({ milestoneStatus: MilestoneStatus.ACHIEVED }))).toEqual([]);
    expect(
      resultProblems(rule(Measure.NUMBER), result({ value: 3, milestoneStatus: MilestoneStatus.ACHIEVED }))[0]?.field,
    ).toBe('milestoneStatus');
    expect(
      resultProblems(rule(Measure.MILESTONE), result({ milestoneStatus: MilestoneStatus.ACHIEVED, value: 1 }))[0]
        ?.field,
    ).toBe('value');
  });

  it('asks numbers for a value and text for a narrative', () => {
    expect(resultProblems(rule(Measure.NUMBER), result({}))[0]?.field).toBe('value');
    expect(resultProblems(rule(Measure.TEXT), result({}))[0]?.field).toBe('narrative');
    expect(resultProblems(rule(Measure.TEXT), result({ narrative: 'Shared with 500 partners' }))).toEqual([]);
  });

  it("refuses what the component's rule calls implausible, naming the rule", () => {
    expect(resultProblems(rule(Measure.NUMBER), result({ value: -5 }))).toEqual([
      { field: 'value', message: "-5 is below the component's minimum of 0" },
    ]);
    expect(resultProblems(rule(Measure.NUMBER), result({ value: 2.5 }))[0]?.message).toMatch(/not a whole number/);
    expect(resultProblems(rule(Measure.NUMBER, { maxValue: 8 }), result({ value: 9 }))[0]?.message).toBe(
      "9 is above the component's maximum of 8",
    );
    expect(resultProblems(rule(Measure.NUMBER, { minValue: null }), result({ value: -5 }))).toEqual([]);
    expect(resultProblems(rule(Measure.NUMBER), result({ value: 15, disaggregations: bySex(16, -1) }))[0]).toEqual({
      field: 'disaggregations[1].value',
      message: "-1 is below the component's minimum of 0",
    });
  });

  it('asks for an explanation of a value far from the previous one, both ways', () => {
    const checked = rule(Measure.NUMBER, { jumpFactor: 10 });
    const previous = { value: 12, periodCode: '2009-Q1' };
    expect(resultProblems(checked, result({ value: 1200 }), previous)[0]?.message).toBe(
      "1200 is more than 10 times the office's previous value (12 in 2009-Q1): correct it, or explain it in the narrative",
    );
    expect(resultProblems(checked, result({ value: 1 }), previous)[0]?.message).toMatch(/below the office's previous/);
    expect(resultProblems(checked, result({ value: 1200, narrative: 'A national survey' }), previous)).toEqual([]);
    expect(resultProblems(checked, result({ value: 120 }), previous)).toEqual([]);
    expect(resultProblems(checked, result({ value: 1200 }), null)).toEqual([]);
    expect(resultProblems(rule(Measure.NUMBER), result({ value: 1200 }), previous)).toEqual([]);
  });
});
