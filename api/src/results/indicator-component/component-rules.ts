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

/** What a plausible value of a component is: the same rule for baselines, targets and results. */
export interface ValueRule {
  measure: Measure;
  /** Lowest plausible value; null: no lower bound. */
  minValue: number | null;
  /** Highest plausible value; null: no upper bound. */
  maxValue: number | null;
  wholeNumber: boolean;
  /** See ComponentRuleFields.jumpFactor; null: no check. */
  jumpFactor: number | null;
}

export interface ComponentRuleFields {
  minValue: number | null;
  maxValue: number | null;
  wholeNumber: boolean;
  /** A result more than this many times (or less than 1/this of) the office's previous one needs an explanation. */
  jumpFactor: number | null;
}

/** What a new component of this measure allows unless told otherwise: counts are whole and never negative. */
export function defaultRuleFields(measure: Measure): ComponentRuleFields {
  if (measure === Measure.NUMBER) return { minValue: 0, maxValue: null, wholeNumber: true, jumpFactor: null };
  if (measure === Measure.PERCENT) return { minValue: 0, maxValue: 100, wholeNumber: false, jumpFactor: null };
  return { minValue: null, maxValue: null, wholeNumber: false, jumpFactor: null };
}

/** The rule fields a component is created with: those given, the measure's defaults for the rest. */
export function ruleFieldsOf(measure: Measure, given: Partial<Record<keyof ComponentRuleFields, unknown>>) {
  const defaults = defaultRuleFields(measure);
  const pick = <K extends keyof ComponentRuleFields>(key: K) =>
    (given[key] === undefined ? defaults[key] : given[key]) as ComponentRuleFields[K];
  return {
    minValue: pick('minValue'),
    maxValue: pick('maxValue'),
    wholeNumber: pick('wholeNumber') ?? false,
    jumpFactor: pick('jumpFactor'),
  };
}

/** The value rule of a component, under its own measure or its indicator's. */
export function ruleOf(
  component: Omit<ValueRule, 'measure'> & { measure: Measure | null },
  indicator: { measure: Measure },
): ValueRule {
  return {
    measure: component.measure ?? indicator.measure,
    minValue: component.minValue,
    maxValue: component.maxValue,
    wholeNumber: component.wholeNumber,
    jumpFactor: component.jumpFactor,
  };
}

/** Why a component's own rule cannot hold (empty when it can), each problem on its field. */
export function ruleProblems(measure: Measure, fields: ComponentRuleFields, path = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isNumeric(measure)) return problems;
  const { minValue, maxValue, jumpFactor } = fields;
  if (minValue !== null && maxValue !== null && minValue > maxValue) {
    problems.push({ field: `${path}maxValue`, message: `is below the minimum ${minValue}` });
  }
  if (measure === Measure.PERCENT) {
    if (minValue !== null && (minValue < 0 || minValue > 100))
      problems.push({ field: `${path}minValue`, message: 'a percentage rule lies between 0 and 100' });
    if (maxValue !== null && (maxValue < 0 || maxValue > 100))
      problems.push({ field: `${path}maxValue`, message: 'a percentage rule lies between 0 and 100' });
  }
  if (jumpFactor !== null && !(jumpFactor > 1)) {
    problems.push({
      field: `${path}jumpFactor`,
      message: 'must be more than 1 (e.g. 10: ten times the previous value)',
    });
  }
  return problems;
}

const plain = (value: number) => String(Math.round(value * 1e4) / 1e4);

/** Why `value` does not suit the rule, naming the rule, or null when it does. */
export function valueProblem(rule: ValueRule, value: number | null): string | null {
  if (value === null) return null;
  const { measure } = rule;
  if (!isNumeric(measure)) return `a ${measure} has no numeric value; describe it in words instead`;
  if (measure === Measure.PERCENT && (value < 0 || value > 100)) return 'a percentage must be between 0 and 100';
  if (rule.wholeNumber && !Number.isInteger(value)) {
    return `${plain(value)} is not a whole number: the component counts whole units`;
  }
  if (rule.minValue !== null && value < rule.minValue) {
    return `${plain(value)} is below the component's minimum of ${plain(rule.minValue)}`;
  }
  if (rule.maxValue !== null && value > rule.maxValue) {
    return `${plain(value)} is above the component's maximum of ${plain(rule.maxValue)}`;
  }
  return null;
}

/** The baseline and target a component needs under its rule. Fields are prefixed with `path`. */
export function checkBaselineAndTarget(rule: ValueRule, values: BaselineAndTarget, path = ''): void {
  const { measure } = rule;
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | null) =>
    message && problems.push({ field: `${path}${field}`, message });
  add('baselineValue', valueProblem(rule, values.baselineValue));
  add('targetValue', valueProblem(rule, values.targetValue));
  if (isNumeric(measure) && values.targetValue === null)
    add('targetValue', `a ${measure} component needs a target value`);
  if (!isNumeric(measure) && !values.targetNarrative?.trim()) {
    add('targetNarrative', `a ${measure} component needs its target described`);
  }
  if (problems.length > 0) throw new InputError(problems);
}

/** Checks the component's own rule, then its baseline and target against it. */
export function checkComponentValues(
  measure: Measure,
  fields: ComponentRuleFields,
  values: BaselineAndTarget,
  path = '',
): void {
  const problems = ruleProblems(measure, fields, path);
  if (problems.length > 0) throw new InputError(problems);
  const { minValue, maxValue, wholeNumber, jumpFactor } = fields;
  checkBaselineAndTarget({ measure, minValue, maxValue, wholeNumber, jumpFactor }, values, path);
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
