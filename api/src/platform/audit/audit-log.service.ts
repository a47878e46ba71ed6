import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { AuditEntryEntity } from '#src/platform/audit/audit-entry.entity.js';
import { fieldChanges } from '#src/platform/audit/field-changes.util.js';
import { parseId } from '#src/common/crud/id.util.js';
import { InputError } from '#src/common/errors/input.error.js';

export interface AuditedChange {
  entityType: string;
  entityId: number;
  action: string;
  before: object | null;
  after: object | null;
  /** Fields recorded only as "changed". */
  redacted?: readonly string[];
}

/** Says whether an actor may read a record of some type (and so its history). */
export type RecordReader = (actor: Actor, id: string) => Promise<boolean>;

@Injectable()
export class AuditLog {
  private readonly readers = new Map<string, RecordReader>();

  constructor(private readonly dataSource: DataSource) {}

  /** Each audited record type says who may read its records; their history follows the same rule. */
  registerReader(entityType: string, reader: RecordReader): void {
    this.readers.set(entityType, reader);
  }

  /** Writes one entry in the caller's transaction, so the entry exists exactly when the change does. */
  async record(manager: EntityManager, actor: Actor | null, change: AuditedChange): Promise<void> {
    const before = change.before as Record<string, unknown> | null;
    const after = change.after as Record<string, unknown> | null;
    const fields = Object.keys({ ...before, ...after }).filter(
      (key) => isColumnValue(before?.[key]) && isColumnValue(after?.[key]),
    );
    await manager.insert(AuditEntryEntity, {
      userId: actor?.userId ?? null,
      userEmail: actor?.email ?? null,
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      changes: fieldChanges(fields, before, after, change.redacted) as never,
    });
  }

  /** The history of a record the actor may read; of a deleted record, for administrators only. */
  async trail(actor: Actor, entityType: string, entityId: string): Promise<AuditEntryEntity[]> {
    const reader = this.readers.get(entityType);
    if (!reader) {
      throw InputError.field('entityType', `must be one of ${[...this.readers.keys()].sort().join(', ')}`);
    }
    const id = parseId(entityId, 'entityId');
    if (!actor.isAdmin && !(await reader(actor, entityId))) {
      throw InputError.field('entityId', `no ${entityType} with id ${id}`);
    }
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .find({ where: { entityType, entityId: id }, order: { id: 'ASC' } });
  }
}

// Column values are scalars, dates and arrays (jsonb lists included); a loaded relation is an object.
function isColumnValue(value: unknown): boolean {
  return (
    value === null || value === undefined || typeof value !== 'object' || value instanceof Date || Array.isArray(value)
  );
}
