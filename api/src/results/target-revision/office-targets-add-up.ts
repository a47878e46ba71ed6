import type { EntityManager } from 'typeorm';
import { InputError } from '#src/common/errors/input.error.js';

/**
 * Where offices' targets fail to add up: at each date a revision of the component applies from,
 * for the region (whose offices are those directly under a regional office) and for each office
 * with a target in force, once every office under it has a target in force, their sum must equal
 * its own. Offices still without a target leave the check for later, so targets can be entered
 * one office at a time.
 */
const MISMATCHES_SQL = `
WITH dates AS (SELECT DISTINCT applies_from AS d FROM target_revision WHERE component_id = $1),
tree AS (
  SELECT NULL::int AS parent_id, o.id AS child_id
    FROM office o JOIN office r ON r.id = o.parent_id WHERE r.type = 'REGIONAL'
  UNION ALL
  SELECT o.parent_id, o.id FROM office o WHERE o.parent_id IS NOT NULL
),
in_force AS (
  SELECT dates.d, x.office_id, x.target_value
    FROM dates CROSS JOIN LATERAL (
      SELECT DISTINCT ON (office_id) office_id, target_value FROM target_revision
       WHERE component_id = $1 AND applies_from <= dates.d
       ORDER BY office_id, applies_from DESC, id DESC) x
)
SELECT to_char(dates.d, 'YYYY-MM-DD') AS "date", parent.office_id AS "officeId",
       parent.target_value::float AS "expected", SUM(child.target_value)::float AS "sum"
  FROM dates
  JOIN tree ON true
  JOIN in_force parent ON parent.d = dates.d AND parent.office_id IS NOT DISTINCT FROM tree.parent_id
  LEFT JOIN in_force child ON child.d = dates.d AND child.office_id = tree.child_id
 WHERE parent.target_value IS NOT NULL
 GROUP BY dates.d, parent.office_id, parent.target_value
HAVING COUNT(child.target_value) = COUNT(*) AND SUM(child.target_value) <> parent.target_value
 ORDER BY 1, 2 NULLS FIRST
 LIMIT 1`;

/** Refuses, naming `field`, when the component's offices' targets do not add up (see above). */
export async function checkOfficeTargetsAddUp(manager: EntityManager, componentId: number, field: string) {
  const [mismatch] = (await manager.query(MISMATCHES_SQL, [componentId])) as {
    date: string;
    officeId: number | null;
    expected: number;
    sum: number;
  }[];
  if (!mismatch) return;
  const whose = mismatch.officeId === null ? "the region's" : `office ${mismatch.officeId}'s`;
  throw InputError.field(
    field,
    `from ${mismatch.date} the offices' targets add up to ${mismatch.sum}, not ${whose} target of ${mismatch.expected}`,
  );
}
