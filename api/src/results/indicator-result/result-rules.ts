import type { FieldProblem } from '#src/common/errors/input.error.js';
import { valueProblem } from '#src/results/indicator-component/component-rules.js';
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

function disaggregationProblems(measure: Measure, values: ResultValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.disaggregations.length === 0) return problems;
  if (measure !== Measure.NUMBER && measure !== Measure.PERCENT) {
    return [{ field: 'disaggregations', message: `a ${measure} result cannot be disaggregated` }];
  }
  const byDimension = new Map<string, { total: number; categories: Set<string> }>();
  values.disaggregations.forEach((item, index) => {
    const problem = valueProblem(measure, item.value);
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

/** What a result of this measure must and must not carry. Empty when it is fine. */
export function resultProblems(measure: Measure, values: ResultValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const valueIssue = valueProblem(measure, values.value);
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
  return [...problems, ...disaggregationProblems(measure, values)];
}
