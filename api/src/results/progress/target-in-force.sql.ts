/**
 * The baseline and target a figure is measured against: the revision in force at the end of the
 * reporting period (`date`), so that a later revision never changes a past period's achievement
 * (docs/adr/0016-target-revisions.md). For an office (`office` not null): its own revision in force;
 * else, when every office directly under it has one, the sum of theirs; else the region's. The
 * region's is the latest applying by `date`, or its first when none applies yet.
 *
 * Used by every progress statement (progress.sql.ts: the dashboard, trend, drill-down, tracking
 * table and KM update), as LEFT JOIN LATERALs giving `tif.*` (revision_id, baseline_value,
 * baseline_narrative, target_value, target_narrative, applies_from, office_id, source) and
 * `tit.value`, the intermediate target for the period of the same source (the office's own, or
 * the region's; none for a sum of offices). A component with no revision at all keeps its own
 * columns: see targetColumns.
 */
export function targetInForceJoins(component: string, office: string, date: string, periodId: string): string {
  const ownInForce = (officeColumn: string) => `
        FROM target_revision r
       WHERE r.component_id = ${component} AND r.office_id = ${officeColumn} AND r.applies_from <= ${date}
       ORDER BY r.applies_from DESC, r.id DESC LIMIT 1`;
  return `
  LEFT JOIN LATERAL (
    SELECT * FROM (
      (SELECT 1 AS rank, 'OFFICE' AS source, r.id AS revision_id, r.office_id,
              r.baseline_value, r.baseline_narrative, r.target_value, r.target_narrative, r.applies_from
         ${ownInForce(office)})
      UNION ALL
      (SELECT 2, 'CHILD_OFFICES', NULL::int, ${office},
              CASE WHEN COUNT(k.baseline_value) = COUNT(*) THEN SUM(k.baseline_value) END, NULL::text,
              SUM(k.target_value), NULL::text, MAX(k.applies_from)
         FROM office child
         LEFT JOIN LATERAL (SELECT r.baseline_value, r.target_value, r.applies_from ${ownInForce('child.id')}) k ON true
        WHERE child.parent_id = ${office}
       HAVING COUNT(*) > 0 AND COUNT(k.target_value) = COUNT(*))
      UNION ALL
      (SELECT 3, 'REGION', r.id, NULL::int,
              r.baseline_value, r.baseline_narrative, r.target_value, r.target_narrative, r.applies_from
         FROM target_revision r
        WHERE r.component_id = ${component} AND r.office_id IS NULL
        ORDER BY (r.applies_from <= ${date}) DESC,
                 CASE WHEN r.applies_from <= ${date} THEN r.applies_from END DESC NULLS LAST,
                 r.applies_from, r.id DESC
        LIMIT 1)
    ) candidates ORDER BY rank LIMIT 1
  ) tif ON true
  LEFT JOIN LATERAL (
    SELECT it.value FROM intermediate_target it
     WHERE it.component_id = ${component} AND it.period_id = ${periodId}
       AND (CASE WHEN tif.source = 'OFFICE' THEN it.office_id = tif.office_id
                 WHEN tif.source = 'CHILD_OFFICES' THEN false
                 ELSE it.office_id IS NULL END)
  ) tit ON true`;
}

/** The columns every progress statement selects from targetInForceJoins, `c` being the component. */
export const TARGET_COLUMNS = `
       CASE WHEN tif.source IS NULL THEN c.baseline_value ELSE tif.baseline_value END AS "baselineValue",
       CASE WHEN tif.source IS NULL THEN c.baseline_narrative ELSE tif.baseline_narrative END AS "baselineNarrative",
       CASE WHEN tif.source IS NULL THEN c.target_value ELSE tif.target_value END AS "targetValue",
       CASE WHEN tif.source IS NULL THEN c.target_narrative ELSE tif.target_narrative END AS "targetNarrative",
       tif.revision_id AS "targetRevisionId", tif.applies_from AS "targetAppliesFrom",
       tif.office_id AS "targetOfficeId", COALESCE(tif.source, 'COMPONENT') AS "targetSource",
       tit.value AS "intermediateTargetValue"`;
