import type { EntityManager } from 'typeorm';
import type { PreviousValue } from '#src/results/indicator-result/result-rules.js';

/** The office's latest value for the component in a period that began before `periodId`'s. */
export async function previousValue(
  manager: EntityManager,
  keys: { componentId: number; officeId: number; periodId: number },
): Promise<PreviousValue | null> {
  const rows = (await manager.query(
    `SELECT r.value::float8 AS value, p.code AS "periodCode"
       FROM indicator_result r
       JOIN reporting_period p ON p.id = r.period_id
       JOIN reporting_period current_period ON current_period.id = $3
      WHERE r.component_id = $1 AND r.office_id = $2 AND r.value IS NOT NULL
        AND p.start_date < current_period.start_date
      ORDER BY p.start_date DESC
      LIMIT 1`,
    [keys.componentId, keys.officeId, keys.periodId],
  )) as PreviousValue[];
  return rows[0] ?? null;
}
