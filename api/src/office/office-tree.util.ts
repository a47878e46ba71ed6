import type { EntityManager } from 'typeorm';

/** The offices and every office under them, at any depth. */
export async function officeSubtree(manager: EntityManager, officeIds: number[]): Promise<number[]> {
  if (officeIds.length === 0) return [];
  const rows = (await manager.query(
    `WITH RECURSIVE subtree AS (
       SELECT id FROM office WHERE id = ANY($1::int[])
       UNION SELECT child.id FROM office child JOIN subtree parent ON child.parent_id = parent.id
     ) SELECT id FROM subtree`,
    [officeIds],
  )) as { id: number }[];
  return rows.map((row) => row.id);
}
