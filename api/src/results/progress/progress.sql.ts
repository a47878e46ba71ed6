import { MILESTONE_PROGRESS_ORDER } from '#src/results/indicator-result/milestone-status.enum.js';
import { TARGET_COLUMNS, targetInForceJoins } from '#src/results/progress/target-in-force.sql.js';

const milestoneRank = `CASE latest_milestone ${MILESTONE_PROGRESS_ORDER.map(
  (status, rank) => `WHEN '${status}' THEN ${rank}`,
).join(' ')} END`;

/**
 * Parameters of both statements, in order: $1 framework id, $2 reporting period end, $3 reporting
 * period id, $4 the report statuses whose results count (results entered outside reports always
 * count), $5 the ids of the offices whose results count (null: all), $6 one indicator (null: all),
 * $7 one component (null: all), $8 the office measured against its own target (null: the region;
 * target-in-force.sql.ts).
 */
export type ProgressSqlParameters = [
  frameworkId: number,
  periodEnd: string,
  periodId: number,
  statuses: string[],
  officeIds: number[] | null,
  indicatorId: number | null,
  componentId: number | null,
  measuredOfficeId: number | null,
];

/**
 * Per component and office: results of periods inside [target start, period end], where a
 * period enclosing another (a year over its quarters) supersedes it; then the sum, average and
 * latest value.
 */
const PROGRESS_CTES = `
WITH components AS (
  SELECT c.id AS component_id,
         COALESCE(tp.start_date, f.start_date) AS window_start,
         COALESCE(tp.end_date, f.end_date) AS window_end
    FROM indicator_component c
    JOIN indicator i ON i.id = c.indicator_id
    JOIN outcome o ON o.id = i.outcome_id
    JOIN results_framework f ON f.id = o.framework_id
    LEFT JOIN reporting_period tp ON tp.id = c.target_period_id
   WHERE o.framework_id = $1
     AND ($6::int IS NULL OR i.id = $6::int)
     AND ($7::int IS NULL OR c.id = $7::int)
),
in_window AS (
  SELECT r.component_id, r.office_id, r.value, r.milestone_status, r.narrative, p.start_date, p.end_date
    FROM indicator_result r
    JOIN components w ON w.component_id = r.component_id
    JOIN reporting_period p ON p.id = r.period_id
    LEFT JOIN progress_report report ON report.id = r.report_id
   WHERE p.start_date >= w.window_start AND p.end_date <= $2::date
     AND (r.report_id IS NULL OR report.status = ANY($4::report_status[]))
     AND ($5::int[] IS NULL OR r.office_id = ANY($5::int[]))
),
effective AS (
  -- Ordered by start, then longest first, a result is superseded when an earlier row (not one
  -- with the very same dates) ends on or after it: that row's period encloses it and is longer.
  SELECT * FROM (
    SELECT w.*,
           MAX(w.end_date) OVER (
             PARTITION BY w.component_id, w.office_id ORDER BY w.start_date, w.end_date DESC
             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) AS enclosing_end
      FROM in_window w) ranked
   WHERE enclosing_end IS NULL OR enclosing_end < end_date
),
per_office AS (
  SELECT component_id, office_id,
         SUM(value) AS sum_value,
         AVG(value) AS avg_value,
         (ARRAY_AGG(value ORDER BY end_date DESC, start_date) FILTER (WHERE value IS NOT NULL))[1] AS latest_value,
         (ARRAY_AGG(milestone_status ORDER BY end_date DESC, start_date)
            FILTER (WHERE milestone_status IS NOT NULL))[1] AS latest_milestone,
         BOOL_OR(COALESCE(narrative, '') <> '') AS has_narrative
    FROM effective
   GROUP BY component_id, office_id
)`;

/**
 * Every component of a framework with what its results add up to by the end of a reporting
 * period, in one statement: the per-office figures combined across offices as ResultFigures
 * describes.
 */
export const COMPONENT_PROGRESS_SQL = `${PROGRESS_CTES},
figures AS (
  SELECT component_id,
         SUM(sum_value) AS sum_of_sums,
         AVG(avg_value) AS mean_of_averages,
         AVG(latest_value) AS mean_of_latest,
         COUNT(latest_milestone) AS milestone_offices,
         COUNT(*) FILTER (WHERE latest_milestone = 'ACHIEVED') AS milestone_achieved_offices,
         MIN(${milestoneRank}) AS least_milestone_rank,
         COUNT(*) FILTER (WHERE has_narrative) AS narrative_offices,
         COUNT(*) AS reporting_offices
    FROM per_office
   GROUP BY component_id
)
SELECT c.id AS "componentId", c.position, ${TARGET_COLUMNS}, COALESCE(c.unit, i.unit) AS unit,
       COALESCE(c.measure, i.measure) AS measure, i.direction, i.aggregation,
       i.id AS "indicatorId", i.code AS "indicatorCode", i.title AS "indicatorTitle",
       o.id AS "outcomeId", o.number AS "outcomeNumber", o.title AS "outcomeTitle",
       w.window_start AS "windowStart", w.window_end AS "windowEnd",
       fig.sum_of_sums AS "sumOfSums", fig.mean_of_averages AS "meanOfAverages",
       fig.mean_of_latest AS "meanOfLatest",
       COALESCE(fig.milestone_offices, 0) AS "milestoneOffices",
       COALESCE(fig.milestone_achieved_offices, 0) AS "milestoneAchievedOffices",
       fig.least_milestone_rank AS "leastMilestoneRank",
       COALESCE(fig.narrative_offices, 0) AS "narrativeOffices",
       COALESCE(fig.reporting_offices, 0) AS "reportingOffices",
       (SELECT revision::text FROM data_revision) AS "dataRevision"
  FROM components w
  JOIN indicator_component c ON c.id = w.component_id
  JOIN indicator i ON i.id = c.indicator_id
  JOIN outcome o ON o.id = i.outcome_id
  LEFT JOIN figures fig ON fig.component_id = c.id
  ${targetInForceJoins('c.id', '$8::int', '$2::date', '$3::int')}
 ORDER BY o.number, split_part(i.code, '.', 2)::int, c.position`;

/** One component's figures for each office that reported it, for the dashboard's drill-down. */
export const OFFICE_PROGRESS_SQL = `${PROGRESS_CTES}
SELECT po.office_id AS "officeId", office.code AS "officeCode", office.name AS "officeName",
       po.sum_value AS "sumValue", po.avg_value AS "avgValue", po.latest_value AS "latestValue",
       po.latest_milestone AS "latestMilestone", po.has_narrative AS "hasNarrative",
       w.window_start AS "windowStart", w.window_end AS "windowEnd", ${TARGET_COLUMNS}
  FROM per_office po
  JOIN office ON office.id = po.office_id
  JOIN components w ON w.component_id = po.component_id
  JOIN indicator_component c ON c.id = po.component_id
  ${targetInForceJoins('c.id', 'po.office_id', '$2::date', '$3::int')}
 WHERE $8::int IS NULL OR po.office_id = $8::int
 ORDER BY office.code`;
