/**
 * The statements of copyResultsFramework (framework-copy.ts), run in order in one transaction,
 * each one set-based: a framework of any size is copied in five statements. Every
 * inserted row fires its table's audit trigger like any other write (one CREATE entry per row,
 * attributed to the caller). Results are never copied; neither are intermediate targets, whose
 * periods lie inside the previous version's dates (the region's and the offices' alike); targets
 * are, the region's and each office's latest (docs/adr/0016-framework-versions.md).
 */

/** $1 source framework, $2 title, $3 description, $4 start, $5 end: the new version's id. */
export const INSERT_FRAMEWORK_VERSION_SQL = `
INSERT INTO results_framework (title, description, start_date, end_date, predecessor_id)
SELECT $2, $3, $4::date, $5::date, f.id FROM results_framework f WHERE f.id = $1
RETURNING id`;

/** $1 source framework, $2 new framework: every outcome, same number, title and description. */
export const COPY_OUTCOMES_SQL = `
INSERT INTO outcome (framework_id, number, title, description)
SELECT $2, o.number, o.title, o.description
  FROM outcome o
 WHERE o.framework_id = $1
 ORDER BY o.number`;

/** $1 source framework, $2 new framework: every indicator, under the outcome of the same number, linked to the one it copies. */
export const COPY_INDICATORS_SQL = `
INSERT INTO indicator (outcome_id, code, title, description, scope, measure, direction, aggregation, unit, predecessor_id)
SELECT copy.id, i.code, i.title, i.description, i.scope, i.measure, i.direction, i.aggregation, i.unit, i.id
  FROM indicator i
  JOIN outcome o ON o.id = i.outcome_id
  JOIN outcome copy ON copy.framework_id = $2 AND copy.number = o.number
 WHERE o.framework_id = $1
 ORDER BY o.number, i.code`;

/**
 * The columns of indicator_component a new version takes over as they are, listed one by one (not
 * `*`): a column added later is copied only once someone decides it should be. Not copied:
 * indicator_id (the copy's), target_period_id (below), id and timestamps.
 */
export const COPIED_COMPONENT_COLUMNS = [
  'position',
  'measure',
  'unit',
  'baseline_value',
  'baseline_narrative',
  'baseline_date',
  'target_value',
  'target_narrative',
  'min_value',
  'max_value',
  'whole_number',
  'jump_factor',
  'office_targets_add_up',
] as const;

/**
 * $1 new framework: every component, under the indicator that copies its
 * own. A target period is kept only when it lies inside the new version's dates (it never does when
 * the versions follow each other): otherwise the target falls due at the framework's end.
 */
export const COPY_COMPONENTS_SQL = `
INSERT INTO indicator_component (indicator_id, target_period_id, ${COPIED_COMPONENT_COLUMNS.join(', ')})
SELECT copy.id,
       CASE WHEN tp.start_date >= f.start_date AND tp.end_date <= f.end_date THEN tp.id END,
       ${COPIED_COMPONENT_COLUMNS.map((column) => `c.${column}`).join(', ')}
  FROM indicator_component c
  JOIN indicator copy ON copy.predecessor_id = c.indicator_id
  JOIN outcome o ON o.id = copy.outcome_id AND o.framework_id = $1
  JOIN results_framework f ON f.id = o.framework_id
  LEFT JOIN reporting_period tp ON tp.id = c.target_period_id
 ORDER BY copy.id, c.position`;

/**
 * $1 new framework, $2 the caller's user id, $3 the reason: each office's own target (its latest
 * revision in the previous version) carried over to the copied component, from the new version's
 * start. The region's target needs no statement: the copied component holds the region's latest
 * revision, and the component's insert trigger (migration TargetRevisions) makes it the new
 * component's first revision.
 */
export const COPY_OFFICE_TARGETS_SQL = `
INSERT INTO target_revision
  (component_id, office_id, baseline_value, baseline_narrative, target_value, target_narrative,
   applies_from, reason, created_by_id)
SELECT copy.id, latest.office_id, latest.baseline_value, latest.baseline_narrative, latest.target_value,
       latest.target_narrative, f.start_date, $3, $2::int
  FROM indicator_component copy
  JOIN indicator i ON i.id = copy.indicator_id
  JOIN outcome o ON o.id = i.outcome_id AND o.framework_id = $1
  JOIN results_framework f ON f.id = o.framework_id
  JOIN indicator_component previous ON previous.indicator_id = i.predecessor_id AND previous.position = copy.position
 CROSS JOIN LATERAL (
       SELECT DISTINCT ON (r.office_id) r.*
         FROM target_revision r
        WHERE r.component_id = previous.id AND r.office_id IS NOT NULL
        ORDER BY r.office_id, r.applies_from DESC, r.id DESC) latest
 ORDER BY copy.id, latest.office_id`;
