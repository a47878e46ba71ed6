import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** Batches lookups by primary key within one request: one query per entity type, not per row. */
export function byIdLoader<E extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<number, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Batches one-to-many lookups (an outcome's indicators) within one request. */
export function byParentLoader<E extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  foreignKey: keyof E & string,
  orderBy: keyof E & string,
): DataLoader<number, E[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await dataSource.getRepository(entity).find({
      where: { [foreignKey]: In([...parentIds]) } as never,
      order: { [orderBy]: 'ASC', id: 'ASC' } as never,
    });
    return groupByParent(parentIds, rows, foreignKey);
  });
}

/** Rows grouped by `foreignKey`, one (possibly empty) list per parent id, in the parents' order. */
export function groupByParent<E extends ObjectLiteral>(
  parentIds: readonly number[],
  rows: E[],
  foreignKey: keyof E & string,
): E[][] {
  const byParent = new Map<number, E[]>(parentIds.map((id) => [id, []]));
  rows.forEach((row) => byParent.get(row[foreignKey] as number)?.push(row));
  return parentIds.map((id) => byParent.get(id) ?? []);
}

/** Batches "the record whose predecessor is this one" (the next version of a framework or indicator). */
export function bySuccessorLoader<E extends ObjectLiteral & { id: number; predecessorId: number | null }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<number, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ predecessorId: In([...ids]) } as never);
    const byPredecessor = new Map(rows.map((row) => [row.predecessorId, row]));
    return ids.map((id) => byPredecessor.get(id) ?? null);
  });
}
