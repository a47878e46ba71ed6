import { describe, expect, it } from '@jest/globals';
import { type InputError } from '#src/common/errors/input.error.js';
import {
  checkBaselineAndTarget,
  componentLabel,
  defaultRuleFields,
  ruleFieldsOf,
  ruleProblems,
  valueProblem,
  type ValueRule,
} from '#src/results/indicator-component/component-rules.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

const rule = (measure: Measure, overrides: Partial<ValueRule> = {}): ValueRule => ({
  measure,
  ...defaultRuleFields(measure),
  ...overrides,
});

const empty = { baselineValue: null, baselineNarrative: null, targetValue: null, targetNarrative: null };

const problemsOf = (run: () => void) => {
  try {
    run();
    return [];
  } catch (error) {
    return (error as InputError).problems;
  }
};

describe('component rules', () => {
  it('labels parts with roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14].map(componentLabel)).toEqual(['(i)', '(ii)', '(iii)', '(iv)', '(ix)', '(xiv)']);
  });

  it('keeps percentages between 0 and 100', () => {
    expect(valueProblem(rule(Measure.PERCENT), 100)).toBeNull();
    expect(valueProblem(rule(Measure.PERCENT), 101)).toMatch(/between 0 and 100/);
    expect(valueProblem(rule(Measure.PERCENT), -1)).toMatch(/between 0 and 100/);
    expect(valueProblem(rule(Measure.NUMBER), 250)).toBeNull();
  });

  it('asks a numeric component for a target value and names the nested field', () => {
    const problems = problemsOf(() =>
      checkBaselineAndTarget(rule(Measure.PERCENT), { ...empty, baselineValue: 120 }, 'components[1].'),
    );
    expect(problems).toEqual([
      { field: 'components[1].baselineValue', message: 'a percentage must be between 0 and 100' },
      { field: 'components[1].targetValue', message: 'a PERCENT component needs a target value' },
    ]);
  });

  it('asks a milestone for a described target and no numbers', () => {
    const problems = problemsOf(() => checkBaselineAndTarget(rule(Measure.MILESTONE), { ...empty, targetValue: 1 }));
    expect(problems.map((problem) => problem.field)).toEqual(['targetValue', 'targetNarrative']);
    expect(
      problemsOf(() => checkBaselineAndTarget(rule(Measure.MILESTONE), { ...empty, targetNarrative: 'Done' })),
    ).toEqual([]);
  });

  it('gives counts whole, non-negative values and percentages 0 to 100 unless told otherwise', () => {
    expect(ruleFieldsOf(Measure.NUMBER, {})).toEqual({
      minValue: 0,
      maxValue: null,
      wholeNumber: true,
      jumpFactor: null,
    });
    expect(ruleFieldsOf(Measure.NUMBER, { minValue: null, jumpFactor: 5 })).toMatchObject({
      minValue: null,
      jumpFactor: 5,
    });
    expect(ruleFieldsOf(Measure.PERCENT, {})).toMatchObject({ minValue: 0, maxValue: 100, wholeNumber: false });
    expect(valueProblem(rule(Measure.NUMBER), -5)).toBe("-5 is below the component's minimum of 0");
    expect(valueProblem(rule(Measure.NUMBER), 3.5)).toMatch(/not a whole number/);
  });

  it('refuses a rule that cannot hold', () => {
    expect(ruleProblems(Measure.NUMBER, { minValue: 5, maxValue: 2, wholeNumber: true, jumpFactor: 1 })).toEqual([
      { field: 'maxValue', message: 'is below the minimum 5' },
      { field: 'jumpFactor', message: 'must be more than 1 (e.g. 10: ten times the previous value)' },
    ]);
    expect(
      ruleProblems(
        Measure.PERCENT,
        { minValue: 0, maxValue: 120, wholeNumber: false, jumpFactor: null },
        'components[0].',
      ),
    ).toEqual([{ field: 'components[0].maxValue', message: 'a percentage rule lies between 0 and 100' }]);
    expect(ruleProblems(Measure.TEXT, { minValue: 5, maxValue: 2, wholeNumber: true, jumpFactor: 0 })).toEqual([]);
  });

  it('checks baselines and targets against the rule', () => {
    const problems = problemsOf(() =>
      checkBaselineAndTarget(rule(Measure.NUMBER, { maxValue: 8 }), { ...empty, baselineValue: -1, targetValue: 9 }),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['baselineValue', 'targetValue']);
  });
});
