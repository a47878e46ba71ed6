import type { EntityManager } from 'typeorm';

/**
 * The recursive CTE `subtree(id)`: the offices of `ids` (an SQL expression of type int[]) and
 * every office under them, at any depth. For `WITH RECURSIVE`.
 */
export const officeSubtreeCte = (ids: string): string => `subtree AS (
  SELECT id FROM office WHERE id = ANY(${ids})
  UNION SELECT child.id FROM office child JOIN subtree parent ON child.parent_id = parent.id
)`;

/** The offices and every office under them, at any depth. */
export async function officeSubtree(manager: EntityManager, officeIds: number[]): Promise<number[]> {
  if (officeIds.length === 0) return [];
  const rows = (await manager.query(`WITH RECURSIVE ${officeSubtreeCte('$1::int[]')} SELECT id FROM subtree`, [
    officeIds,
  ])) as { id: number }[];
  return rows.map((row) => row.id);
}
