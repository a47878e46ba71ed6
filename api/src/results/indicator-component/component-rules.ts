import type { EntityManager } from 'typeorm';
import { findReference } from '#src/common/crud/reference.util.js';
import { InputError, type FieldProblem } from '#src/common/errors/input.error.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import type { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

export interface BaselineAndTarget {
  baselineValue: number | null;
  baselineNarrative: string | null;
  targetValue: number | null;
  targetNarrative: string | null;
}

const isNumeric = (measure: Measure): boolean => measure === Measure.NUMBER || measure === Measure.PERCENT;

/** Why `value` does not suit `measure`, or null when it does. */
export function valueProblem(measure: Measure, value: number | null): string | null {
  if (value === null) return null;
  if (!isNumeric(measure)) return `a ${measure} has no numeric value; describe it in words instead`;
  if (measure === Measure.PERCENT && (value < 0 || value > 100)) return 'a percentage must be between 0 and 100';
  return null;
}

/** The baseline and target a component of this measure needs. Fields are prefixed with `path`. */
export function checkBaselineAndTarget(measure: Measure, values: BaselineAndTarget, path = ''): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | null) =>
    message && problems.push({ field: `${path}${field}`, message });
  add('baselineValue', valueProblem(measure, values.baselineValue));
  add('targetValue', valueProblem(measure, values.targetValue));
  if (isNumeric(measure) && values.targetValue === null)
    add('targetValue', `a ${measure} component needs a target value`);
  if (!isNumeric(measure) && !values.targetNarrative?.trim()) {
    add('targetNarrative', `a ${measure} component needs its target described`);
  }
  if (problems.length > 0) throw new InputError(problems);
}

/** A target period must lie within the framework it is a target of. */
export async function checkTargetPeriod(
  manager: EntityManager,
  periodId: string | number | null,
  framework: ResultsFrameworkEntity,
  field: string,
): Promise<number | null> {
  if (periodId === null) return null;
  const period = await findReference(manager, ReportingPeriodEntity, periodId, field, 'ReportingPeriod');
  if (period.startDate < framework.startDate || period.endDate > framework.endDate) {
    throw InputError.field(
      field,
      `period ${period.code} lies outside the framework (${framework.startDate} to ${framework.endDate})`,
    );
  }
  return period.id;
}

const ROMAN: [number, string][] = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** (i), (ii), (iii)... as the strategy numbers an indicator's parts. */
export function componentLabel(position: number): string {
  let rest = position;
  let label = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      label += numeral;
      rest -= value;
    }
  }
  return `(${label})`;
}
