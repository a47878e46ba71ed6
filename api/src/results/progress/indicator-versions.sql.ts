/**
 * Which version of an indicator a trend shows for each period when it follows the indicator
 * across framework versions (indicatorProgressTrend, acrossVersions): the indicator and its
 * predecessors, found by a recursive walk up `indicator.predecessor_id`, each with its framework.
 * For each period, the newest version whose framework had begun by the period's end; for a period
 * before every version, the oldest. The walk stops at a framework the caller may not see (a viewer
 * and an unpublished framework), as if the chain began after it.
 *
 * Parameters: $1 the indicator, $2 whether unpublished frameworks count (staff), $3 the period ids.
 */
export const INDICATOR_VERSIONS_SQL = `
WITH RECURSIVE versions AS (
  SELECT i.id AS indicator_id, i.predecessor_id, o.framework_id, 0 AS depth
    FROM indicator i
    JOIN outcome o ON o.id = i.outcome_id
   WHERE i.id = $1::int
  UNION ALL
  SELECT p.id, p.predecessor_id, o.framework_id, v.depth + 1
    FROM versions v
    JOIN indicator p ON p.id = v.predecessor_id
    JOIN outcome o ON o.id = p.outcome_id
    JOIN results_framework f ON f.id = o.framework_id
   WHERE ($2::boolean OR f.published_at IS NOT NULL)
     -- Each version has one successor (unique predecessor_id), so the walk cannot loop; a bound all the same.
     AND v.depth < 100
),
framed AS (
  SELECT v.indicator_id, v.framework_id, v.depth, f.start_date
    FROM versions v
    JOIN results_framework f ON f.id = v.framework_id
)
SELECT p.id AS "periodId", chosen.indicator_id AS "indicatorId", chosen.framework_id AS "frameworkId"
  FROM reporting_period p
 CROSS JOIN LATERAL (
       SELECT framed.*
         FROM framed
        ORDER BY framed.start_date <= p.end_date DESC,
                 CASE WHEN framed.start_date <= p.end_date THEN framed.depth ELSE -framed.depth END
        LIMIT 1) chosen
 WHERE p.id = ANY($3::int[])`;

export interface IndicatorVersionRow {
  periodId: number;
  indicatorId: number;
  frameworkId: number;
}
