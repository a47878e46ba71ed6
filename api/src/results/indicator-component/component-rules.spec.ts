import { describe, expect, it } from '@jest/globals';
import { type InputError } from '#src/common/errors/input.error.js';
import {
  checkBaselineAndTarget,
  componentLabel,
  valueProblem,
} from '#src/results/indicator-component/component-rules.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

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
    expect(valueProblem(Measure.PERCENT, 100)).toBeNull();
    expect(valueProblem(Measure.PERCENT, 101)).toMatch(/between 0 and 100/);
    expect(valueProblem(Measure.PERCENT, -1)).toMatch(/between 0 and 100/);
    expect(valueProblem(Measure.NUMBER, 250)).toBeNull();
  });

  it('asks a numeric component for a target value and names the nested field', () => {
    const problems = problemsOf(() =>
      checkBaselineAndTarget(Measure.PERCENT, { ...empty, baselineValue: 120 }, 'components[1].'),
    );
    expect(problems).toEqual([
      { field: 'components[1].baselineValue', message: 'a percentage must be between 0 and 100' },
      { field: 'components[1].targetValue', message: 'a PERCENT component needs a target value' },
    ]);
  });

  it('asks a milestone for a described target and no numbers', () => {
    const problems = problemsOf(() => checkBaselineAndTarget(Measure.MILESTONE, { ...empty, targetValue: 1 }));
    expect(problems.map((problem) => problem.field)).toEqual(['targetValue', 'targetNarrative']);
    expect(problemsOf(() => checkBaselineAndTarget(Measure.MILESTONE, { ...empty, targetNarrative: 'Done' }))).toEqual(
      [],
    );
  });
});
