import type { FieldProblem } from '#src/common/errors/input.error.js';
import { valueProblem, type ValueRule } from '#src/results/indicator-component/component-rules.js';
import type { Disaggregation } from '#src/results/indicator-result/indicator-result.entity.js';
import type { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';

export interface ResultValues {
  value: number | null;
  narrative: string | null;
  milestoneStatus: MilestoneStatus | null;
  disaggregations: Disaggregation[];
}

const TOLERANCE = 1e-6;

interface Dated {
  startDate: string;
  endDate: string;
}

/** Why a result for `period` cannot count towards `framework`, or null when the period lies inside it. */
export function periodOutsideFramework(
  period: Dated & { code: string },
  framework: Dated & { title: string },
): string | null {
  if (period.startDate >= framework.startDate && period.endDate <= framework.endDate) return null;
  return `period ${period.code} lies outside the framework "${framework.title}" (${framework.startDate} to ${framework.endDate})`;
}

/** Plain disaggregation values, as stored, from GraphQL input objects. */
export function toDisaggregations(inputs: readonly Disaggregation[] | null | undefined): Disaggregation[] {
  return (inputs ?? []).map(({ dimension, category, value }) => ({ dimension, category, value }));
}

function disaggregationProblems(rule: ValueRule, values: ResultValues): FieldProblem[] {
  const { measure } = rule;
  const problems: FieldProblem[] = [];
  if (values.disaggregations.length === 0) return problems;
  if (measure !== Measure.NUMBER && measure !== Measure.PERCENT) {
    return [{ field: 'disaggregations', message: `a ${measure} result cannot be disaggregated` }];
  }
  const byDimension = new Map<string, { total: number; categories: Set<string> }>();
  values.disaggregations.forEach((item, index) => {
    const problem = valueProblem(rule, item.value);
    if (problem) problems.push({ field: `disaggregations[${index}].value`, message: problem });
    const dimension = item.dimension.trim().toLowerCase();
    const entry = byDimension.get(dimension) ?? { total: 0, categories: new Set<string>() };
    const category = item.category.trim().toLowerCase();
    if (entry.categories.has(category)) {
      problems.push({
        field: `disaggregations[${index}].category`,
        message: `"${item.category}" is listed twice under "${item.dimension}"`,
      });
    }
    entry.categories.add(category);
    entry.total += item.value;
    byDimension.set(dimension, entry);
  });
  // A count broken down by a dimension must add up to the count itself.
  if (measure === Measure.NUMBER && values.value !== null) {
    for (const [dimension, { total }] of byDimension) {
      if (Math.abs(total - values.value) > TOLERANCE) {
        problems.push({
          field: 'disaggregations',
          message: `the values for "${dimension}" add up to ${Math.round(total * 1e4) / 1e4}, not the total ${values.value}`,
        });
      }
    }
  }
  return problems;
}

/** The office's last value for the component before this result's period. */
export interface PreviousValue {
  value: number;
  periodCode: string;
}

/**
 * A value far from the office's previous one is more often a typing error than news (an extra
 * zero): it is accepted with an explanation in the narrative, the way DHIS2 asks for a comment.
 */
function jumpProblem(rule: ValueRule, values: ResultValues, previous: PreviousValue | null): string | null {
  const { jumpFactor } = rule;
  if (jumpFactor === null || previous === null || values.value === null || previous.value <= 0) return null;
  const ratio = values.value / previous.value;
  if (ratio <= jumpFactor && ratio >= 1 / jumpFactor) return null;
  if (values.narrative?.trim()) return null;
  return `${values.value} is more than ${jumpFactor} times ${ratio > 1 ? 'the' : 'below the'} office's previous value (${previous.value} in ${previous.periodCode}): correct it, or explain it in the narrative`;
}

/** What a result must and must not carry under its component's rule. Empty when it is fine. */
export function resultProblems(
  rule: ValueRule,
  values: ResultValues,
  previous: PreviousValue | null = null,
): FieldProblem[] {
  const { measure } = rule;
  const problems: FieldProblem[] = [];
  const valueIssue = valueProblem(rule, values.value) ?? jumpProblem(rule, values, previous);
  if (valueIssue) problems.push({ field: 'value', message: valueIssue });
  if ((measure === Measure.NUMBER || measure === Measure.PERCENT) && values.value === null) {
    problems.push({ field: 'value', message: `a ${measure} result needs a value` });
  }
  if (measure === Measure.MILESTONE && values.milestoneStatus === null) {
    problems.push({ field: 'milestoneStatus', message: 'a milestone result needs a status' });
  }
  if (measure !== Measure.MILESTONE && values.milestoneStatus !== null) {
    problems.push({ field: 'milestoneStatus', message: `only milestones have a status, not ${measure} results` });
  }
  if (measure === Measure.TEXT && !values.narrative?.trim()) {
    problems.push({ field: 'narrative', message: 'a TEXT result needs a narrative' });
  }
  return [...problems, ...disaggregationProblems(rule, values)];
}
