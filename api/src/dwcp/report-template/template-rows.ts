import type { EntityManager } from 'typeorm';
import type { Disaggregation } from '#src/results/indicator-result/indicator-result.entity.js';
import type { Measure } from '#src/results/indicator/indicator.enums.js';
import type { ValueRule } from '#src/results/indicator-component/component-rules.js';

/** Where a line of an uploaded template really belongs. */
export interface LineOwner {
  id: number;
  reportId: number;
  planItemId: number;
  officeId: number;
  officeCode: string;
  periodCode: string;
}

export interface ReportOwner {
  id: number;
  officeId: number;
  officeCode: string;
  periodId: number;
  periodCode: string;
  programmeTitle: string;
}

/** A component with its value rule (ValueRule: measure, bounds, whole numbers, jump factor). */
export interface ComponentFacts extends ValueRule {
  id: number;
  measure: Measure;
  label: string;
}

/** What is already stored for a component and kept as it is: the template does not carry it. */
export interface StoredResult {
  componentId: number;
  evidenceLinks: string[];
  disaggregations: Disaggregation[];
}

/** The stored records an upload's rows point at, each kind fetched in one query. */
export interface RowOwners {
  lines: Map<number, LineOwner>;
  reports: Map<number, ReportOwner>;
  components: Map<number, ComponentFacts>;
  stored: Map<number, StoredResult>;
}

const LINES_SQL = `
SELECT l.id, l.report_id AS "reportId", l.plan_item_id AS "planItemId", r.office_id AS "officeId",
       o.code AS "officeCode", p.code AS "periodCode"
  FROM progress_report_line l
  JOIN progress_report r ON r.id = l.report_id
  JOIN office o ON o.id = r.office_id
  JOIN reporting_period p ON p.id = r.period_id
 WHERE l.id = ANY($1::int[])`;

const REPORTS_SQL = `
SELECT r.id, r.office_id AS "officeId", o.code AS "officeCode", r.period_id AS "periodId", p.code AS "periodCode",
       cp.title AS "programmeTitle"
  FROM progress_report r
  JOIN office o ON o.id = r.office_id
  JOIN reporting_period p ON p.id = r.period_id
  JOIN country_programme cp ON cp.id = r.programme_id
 WHERE r.id = ANY($1::int[])`;

const COMPONENTS_SQL = `
SELECT c.id, COALESCE(c.measure, i.measure) AS measure, i.code || ' part ' || c.position AS label,
       c.min_value AS "minValue", c.max_value AS "maxValue", c.whole_number AS "wholeNumber",
       c.jump_factor AS "jumpFactor"
  FROM indicator_component c JOIN indicator i ON i.id = c.indicator_id
 WHERE c.id = ANY($1::int[])`;

const STORED_SQL = `
SELECT component_id AS "componentId", evidence_links AS "evidenceLinks", disaggregations
  FROM indicator_result
 WHERE office_id = $1 AND period_id = $2 AND component_id = ANY($3::int[])`;

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

export async function loadRowOwners(
  manager: EntityManager,
  ids: { lineIds: number[]; reportIds: number[]; componentIds: number[] },
  office: { officeId: number; periodId: number },
): Promise<RowOwners> {
  const lines = (await manager.query(LINES_SQL, [ids.lineIds])) as LineOwner[];
  const reports = (await manager.query(REPORTS_SQL, [ids.reportIds])) as ReportOwner[];
  const components = (await manager.query(COMPONENTS_SQL, [ids.componentIds])) as ComponentFacts[];
  const stored = (await manager.query(STORED_SQL, [
    office.officeId,
    office.periodId,
    ids.componentIds,
  ])) as StoredResult[];
  return {
    lines: byId(lines),
    reports: byId(reports),
    components: byId(components),
    stored: new Map(stored.map((row) => [row.componentId, row])),
  };
}
