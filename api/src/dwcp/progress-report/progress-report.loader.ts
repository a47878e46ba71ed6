import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';

/**
 * The components a report asks for, as (report_id, component_id) pairs for the reports in $1: those
 * its plan items contribute to, and any it already carries a result for.
 */
export const DUE_COMPONENT_PAIRS_SQL = `
SELECT l.report_id, UNNEST(item.component_ids) AS component_id
  FROM progress_report_line l JOIN plan_item item ON item.id = l.plan_item_id
 WHERE l.report_id = ANY($1::int[])
UNION
SELECT r.report_id, r.component_id FROM indicator_result r WHERE r.report_id = ANY($1::int[])`;

/** Framework order: outcome, indicator, part (aliases o, i, c). */
export const FRAMEWORK_ORDER_SQL = `o.number, split_part(i.code, '.', 2)::int, c.position`;

const DUE_COMPONENTS_SQL = `
SELECT due.report_id AS "reportId", c.id AS "componentId"
  FROM (${DUE_COMPONENT_PAIRS_SQL}) due
  JOIN indicator_component c ON c.id = due.component_id
  JOIN indicator i ON i.id = c.indicator_id
  JOIN outcome o ON o.id = i.outcome_id
 ORDER BY due.report_id, ${FRAMEWORK_ORDER_SQL}`;

function dueComponentsLoader(dataSource: DataSource) {
  return new DataLoader<number, IndicatorComponentEntity[]>(async (reportIds) => {
    const pairs = (await dataSource.query(DUE_COMPONENTS_SQL, [[...reportIds]])) as {
      reportId: number;
      componentId: number;
    }[];
    const ids = [...new Set(pairs.map((pair) => pair.componentId))];
    const components = ids.length
      ? await dataSource.getRepository(IndicatorComponentEntity).findBy({ id: In(ids) })
      : [];
    const byId = new Map(components.map((component) => [component.id, component]));
    const byReport = new Map<number, IndicatorComponentEntity[]>(reportIds.map((id) => [id, []]));
    pairs.forEach((pair) => byReport.get(pair.reportId)?.push(byId.get(pair.componentId)!));
    return reportIds.map((id) => byReport.get(id) ?? []);
  });
}

// Lines, results and due components hang only from reports the caller could already read.
export const createProgressReportLoaders = (dataSource: DataSource) => ({
  linesByReport: byParentLoader(dataSource, ProgressReportLineEntity, 'reportId', 'planItemId'),
  resultsByReport: byParentLoader(dataSource, IndicatorResultEntity, 'reportId', 'componentId'),
  dueComponentsByReport: dueComponentsLoader(dataSource),
});
