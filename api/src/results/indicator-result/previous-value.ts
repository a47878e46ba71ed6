import type { EntityManager } from 'typeorm';
import type { PreviousValue } from '#src/results/indicator-result/result-rules.js';

/**
 * The office's latest value of each component in a period that began before `periodId`'s, in one
 * statement whatever the number of components (a report checks all of its results at once).
 */
export async function previousValues(
  manager: EntityManager,
  where: { officeId: number; periodId: number },
  componentIds: readonly number[],
): Promise<Map<number, PreviousValue>> {
  const ids = [...new Set(componentIds)];
  if (ids.length === 0) return new Map();
  const placeholders = ids.map((_, index) => `$${index + 3}`).join(', ');
  const rows = (await manager.query(
    `SELECT DISTINCT ON (r.component_id) r.component_id AS "componentId", r.value::float8 AS value,
            p.code AS "periodCode"
       FROM indicator_result r
       JOIN reporting_period p ON p.id = r.period_id
       JOIN reporting_period current_period ON current_period.id = $2
      WHERE r.office_id = $1 AND r.component_id IN (${placeholders}) AND r.value IS NOT NULL
        AND p.start_date < current_period.start_date
      ORDER BY r.component_id, p.start_date DESC`,
    [where.officeId, where.periodId, ...ids],
  )) as (PreviousValue & { componentId: number | string })[];
  return new Map(rows.map(({ componentId, ...previous }) => [Number(componentId), previous]));
}

/** The office's latest value for the component in a period that began before `periodId`'s. */
export async function previousValue(
  manager: EntityManager,
  keys: { componentId: number; officeId: number; periodId: number },
): Promise<PreviousValue | null> {
  return (await previousValues(manager, keys, [keys.componentId])).get(keys.componentId) ?? null;
}
