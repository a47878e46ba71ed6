// What the interface asks (GraphQL) and the same answers asked of PostgreSQL directly (SQL), for
// the API / SQL ratio of measures (a) to (c).
import { COMPONENT_PROGRESS_SQL } from '../../api/dist/results/progress/progress.sql.js';

export const DASHBOARD_QUERY = `query Dashboard($frameworkId: ID!, $periodId: ID!) {
  indicatorProgress(frameworkId: $frameworkId, periodId: $periodId, officeId: null, includeSubmitted: false) {
    componentId label measure aggregation direction unit indicatorId indicatorCode indicatorTitle outcomeId
    outcomeNumber outcomeTitle baselineValue targetValue intermediateTargetValue actualValue achievementPercent
    expectedPercent status milestoneStatus reportingOffices targetNarrative
  }
}`;

/** The service's own statement: one query, run without the API around it. */
export const DASHBOARD_SQL = COMPONENT_PROGRESS_SQL;
export const dashboardSqlParameters = (framework, quarter) => [
  framework.id,
  quarter.endDate,
  quarter.id,
  ['APPROVED'],
  null,
  null,
  null,
  null, // measured against the region's target (progress.sql.ts, $8)
];

// The indicator list page: react-admin's getList (page, sort, total) with each indicator's
// outcome and components (with their intermediate targets) shown in the rows.
export const INDICATOR_LIST_QUERY = `query IndicatorList {
  items: allIndicators(page: 0, perPage: 25, sortField: "code", sortOrder: "ASC", filter: {}) {
    id code title measure scope
    outcome { id number title }
    components { id label effectiveMeasure baselineValue targetValue intermediateTargets { id periodId value } }
  }
  total: _allIndicatorsMeta(filter: {}) { count }
}`;

export const INDICATOR_LIST_SQL = `
SELECT (SELECT count(*)::int FROM indicator) AS total,
       (SELECT json_agg(row_to_json(page) ORDER BY page.code) FROM (
          SELECT i.id, i.code, i.title, i.measure, i.scope,
                 json_build_object('id', o.id, 'number', o.number, 'title', o.title) AS outcome,
                 (SELECT json_agg(json_build_object(
                           'id', c.id, 'position', c.position, 'measure', COALESCE(c.measure, i.measure),
                           'baselineValue', c.baseline_value, 'targetValue', c.target_value,
                           'intermediateTargets', (SELECT COALESCE(json_agg(json_build_object('id', t.id, 'periodId', t.period_id, 'value', t.value)), '[]')
                                                     FROM intermediate_target t WHERE t.component_id = c.id))
                         ORDER BY c.position)
                    FROM indicator_component c WHERE c.indicator_id = i.id) AS components
            FROM indicator i JOIN outcome o ON o.id = i.outcome_id
           ORDER BY i.code LIMIT 25) page) AS items`;

// The result entries page: a million rows, newest first, each with its component, quarter and office.
export const RESULT_LIST_QUERY = `query ResultList {
  items: allIndicatorResults(page: 0, perPage: 25, sortField: "id", sortOrder: "DESC", filter: {}) {
    id value milestoneStatus narrative
    component { id label indicator { id code title } }
    period { id code }
    office { id code }
  }
  total: _allIndicatorResultsMeta(filter: {}) { count }
}`;

export const RESULT_LIST_SQL = `
SELECT (SELECT count(*)::int FROM indicator_result) AS total,
       (SELECT json_agg(row_to_json(page) ORDER BY page.id DESC) FROM (
          SELECT r.id, r.value, r.milestone_status, r.narrative,
                 json_build_object('id', c.id, 'position', c.position,
                                   'indicator', json_build_object('id', i.id, 'code', i.code, 'title', i.title)) AS component,
                 json_build_object('id', p.id, 'code', p.code) AS period,
                 json_build_object('id', o.id, 'code', o.code) AS office
            FROM indicator_result r
            JOIN indicator_component c ON c.id = r.component_id
            JOIN indicator i ON i.id = c.indicator_id
            JOIN reporting_period p ON p.id = r.period_id
            JOIN office o ON o.id = r.office_id
           ORDER BY r.id DESC LIMIT 25) page) AS items`;

export const COMPLIANCE_QUERY = `query Compliance($periodIds: [ID!]!) {
  reportingCompliance(officeId: null, periodIds: $periodIds) {
    periods { id code dueDate }
    programmes { programmeId officeId officeCode countryCode cells { periodId status onTime firstSubmittedAt reportId } }
  }
}`;

// The same cells, one row each: what the API groups by programme, PostgreSQL returns flat.
export const COMPLIANCE_SQL = `
SELECT o.id AS office_id, o.code AS office_code, cp.id AS programme_id, cp.country_code, p.id AS period_id, p.code AS period_code,
       p.due_date, pr.id AS report_id, COALESCE(pr.status::text, 'NOT_STARTED') AS status, pr.first_submitted_at,
       pr.first_submitted_at IS NOT NULL AND pr.first_submitted_at::date <= p.due_date AS on_time
  FROM country_programme cp
  JOIN office o ON o.id = cp.office_id
  JOIN reporting_period p ON p.id = ANY($1::int[])
  LEFT JOIN progress_report pr ON pr.programme_id = cp.id AND pr.period_id = p.id
 WHERE cp.status = 'ACTIVE' AND extract(year FROM p.start_date) BETWEEN cp.start_year AND cp.end_year
 ORDER BY o.code, cp.country_code, p.start_date`;

export const SUBMIT_MUTATION = `mutation Submit($id: ID!, $version: Int!) {
  submitProgressReport(id: $id, version: $version) { id status version }
}`;
