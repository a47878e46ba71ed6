import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError } from '#src/common/errors/conflict.error.js';

/** One after the last position among the parent's children: a new part goes at the end. */
export async function nextPosition<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  parentKey: keyof E & string,
  parentId: number,
): Promise<number> {
  const max = await manager.getRepository(entity).maximum('position' as never, { [parentKey]: parentId } as never);
  return (max ?? 0) + 1;
}

/** Refuses a position another child of the same parent holds, naming `position` and `what` it is. */
export async function assertPositionFree<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  parentKey: keyof E & string,
  parentId: number,
  position: number,
  message: string,
): Promise<void> {
  if (await manager.getRepository(entity).existsBy({ [parentKey]: parentId, position } as never)) {
    throw new ConflictError('position', message);
  }
}
