import { In, type EntityManager } from 'typeorm';
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
import { previousValues } from '#src/results/indicator-result/previous-value.js';
import { componentLineages } from '#src/results/indicator/indicator-lineage.util.js';
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
 * many results it created or changed. Components, previous values and existing results are read
 * once for the whole report, not once per result.
 */
export async function saveReportResults(
  manager: EntityManager,
  report: ProgressReportEntity,
  period: ReportingPeriodEntity,
  inputs: ReportResultInput[],
): Promise<number> {
  const lineages = await componentLineages(
    manager,
    inputs.map((input, index) => ({ componentId: input.componentId, field: `results[${index}].componentId` })),
  );
  const componentIds = lineages.map((lineage) => lineage.component.id);
  const where = { officeId: report.officeId, periodId: period.id };
  const previous = await previousValues(manager, where, componentIds);
  const existing = new Map(
    componentIds.length === 0
      ? []
      : (await manager.findBy(IndicatorResultEntity, { ...where, componentId: In(componentIds) })).map((result) => [
          result.componentId,
          result,
        ]),
  );
  let changed = 0;
  for (const [index, input] of inputs.entries()) {
    const path = `results[${index}]`;
    const lineage = lineages[index]!;
    const outside = periodOutsideFramework(period, lineage.framework);
    if (outside) throw InputError.field(`${path}.componentId`, outside);
    const values = {
      value: input.value ?? null,
      narrative: input.narrative ?? null,
      milestoneStatus: input.milestoneStatus ?? null,
      evidenceLinks: input.evidenceLinks ?? [],
      disaggregations: toDisaggregations(input.disaggregations),
    };
    const keys = { ...where, componentId: lineage.component.id };
    const problems = resultProblems(lineage.rule, values, previous.get(keys.componentId) ?? null);
    if (problems.length > 0) {
      throw new InputError(problems.map((problem) => ({ ...problem, field: `${path}.${problem.field}` })));
    }
    const saved = existing.get(keys.componentId);
    if (saved && saved.reportId !== report.id) {
      throw new ConflictError(`${path}.componentId`, `was already reported outside this report (result ${saved.id})`);
    }
    if (saved && comparable(saved) === comparable(values)) continue;
    const written = await manager.save(IndicatorResultEntity, { ...saved, ...keys, ...values, reportId: report.id });
    // The same component twice in one save: the second compares with and updates the first.
    existing.set(keys.componentId, written);
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
  const lineages = await componentLineages(
    manager,
    results.map((result, index) => ({ componentId: result.componentId, field: `results[${index}].componentId` })),
  );
  const previous = await previousValues(
    manager,
    { officeId: report.officeId, periodId: report.periodId },
    results.map((result) => result.componentId),
  );
  const problems: FieldProblem[] = [];
  for (const [index, result] of results.entries()) {
    const lineage = lineages[index]!;
    const found = resultProblems(lineage.rule, result, previous.get(result.componentId) ?? null);
    const label = `${lineage.indicator.code} ${componentLabel(lineage.component.position)}`;
    for (const problem of found) {
      problems.push({ field: `results[${index}].${problem.field}`, message: `${label}: ${problem.message}` });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
