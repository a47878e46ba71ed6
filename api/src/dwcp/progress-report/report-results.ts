import type { EntityManager } from 'typeorm';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError, type FieldProblem } from '#src/common/errors/input.error.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import {
  periodOutsideFramework,
  resultProblems,
  toDisaggregations,
  type ResultValues,
} from '#src/results/indicator-result/result-rules.js';
import { previousValue } from '#src/results/indicator-result/previous-value.js';
import { componentLineage } from '#src/results/indicator/indicator-lineage.util.js';
import type { ReportResultInput } from '#src/dwcp/progress-report/dto/report-result.input.js';
import type { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import type { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

// jsonb gives the disaggregations back with their keys re-ordered: compare them field by field.
const comparable = (result: ResultValues & { evidenceLinks: string[] }) =>
  JSON.stringify([
    result.value,
    result.narrative,
    result.milestoneStatus,
    result.evidenceLinks,
    result.disaggregations.map(({ dimension, category, value }) => [dimension, category, value]),
  ]);

/**
 * Saves the indicator results a report carries for its office and quarter: the same rules as
 * results entered on their own, with each field named by its place in the report. Returns how
 * many results it created or changed.
 */
export async function saveReportResults(
  manager: EntityManager,
  report: ProgressReportEntity,
  period: ReportingPeriodEntity,
  inputs: ReportResultInput[],
): Promise<number> {
  let changed = 0;
  for (const [index, input] of inputs.entries()) {
    const path = `results[${index}]`;
    const lineage = await componentLineage(manager, input.componentId, `${path}.componentId`);
    const outside = periodOutsideFramework(period, lineage.framework);
    if (outside) throw InputError.field(`${path}.componentId`, outside);
    const values = {
      value: input.value ?? null,
      narrative: input.narrative ?? null,
      milestoneStatus: input.milestoneStatus ?? null,
      evidenceLinks: input.evidenceLinks ?? [],
      disaggregations: toDisaggregations(input.disaggregations),
    };
    const keys = { componentId: lineage.component.id, periodId: period.id, officeId: report.officeId };
    const problems = resultProblems(lineage.rule, values, await previousValue(manager, keys));
    if (problems.length > 0) {
      throw new InputError(problems.map((problem) => ({ ...problem, field: `${path}.${problem.field}` })));
    }
    const existing = await manager.findOneBy(IndicatorResultEntity, keys);
    if (existing && existing.reportId !== report.id) {
      throw new ConflictError(
        `${path}.componentId`,
        `was already reported outside this report (result ${existing.id})`,
      );
    }
    if (existing && comparable(existing) === comparable(values)) continue;
    await manager.save(IndicatorResultEntity, { ...existing, ...keys, ...values, reportId: report.id });
    changed += 1;
  }
  return changed;
}

/**
 * The report's results checked again under their components' rules as they stand now (a rule may
 * have been tightened since the values were saved): submission refuses what a save would refuse.
 */
export async function assertResultsStillValid(manager: EntityManager, report: ProgressReportEntity): Promise<void> {
  const results = await manager.find(IndicatorResultEntity, {
    where: { reportId: report.id },
    order: { componentId: 'ASC' },
  });
  const problems: FieldProblem[] = [];
  for (const [index, result] of results.entries()) {
    const lineage = await componentLineage(manager, result.componentId, `results[${index}].componentId`);
    const found = resultProblems(lineage.rule, result, await previousValue(manager, result));
    const label = `${lineage.indicator.code} ${componentLabel(lineage.component.position)}`;
    for (const problem of found) {
      problems.push({ field: `results[${index}].${problem.field}`, message: `${label}: ${problem.message}` });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
