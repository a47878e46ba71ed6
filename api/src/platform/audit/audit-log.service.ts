import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { AuditEntryEntity } from '#src/platform/audit/audit-entry.entity.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';
import { parseId } from '#src/common/crud/id.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import type { Role } from '#src/platform/auth/role.enum.js';
import { noSuchRecord } from '#src/common/scope/reach.js';

/** Says whether an actor may read a record of some type (and so its history). */
export type RecordReader = (actor: Actor, id: string) => Promise<boolean>;

export interface AuditContext {
  via: AuditPath;
  /** Names an UPDATE that is a step (SUBMIT, APPROVE, LOCK...); creations and deletions keep their own. */
  action?: string;
  /** Why, when the step needs a reason (an unlock). */
  reason?: string;
}

interface HistoryReader {
  /** The roles that may call the type's X(id) query. */
  roles: readonly Role[];
  reader: RecordReader;
}

/**
 * Who changed what, when and how. The entries are written by the database (one row trigger per
 * audited table, migration AuditEveryRowChange), in the transaction of the change: the
 * application only says who acts and through which path, once per transaction.
 */
@Injectable()
export class AuditLog {
  private readonly readers = new Map<string, HistoryReader>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Each audited record type says who may read its records: the roles of its X(id) query and, for
   * those roles, which records (office scope). Its history follows the same rule, no other.
   */
  registerReader(entityType: string, roles: readonly Role[], reader: RecordReader): void {
    this.readers.set(entityType, { roles, reader });
  }

  /** The types whose history may be asked for. */
  readerTypes(): string[] {
    return [...this.readers.keys()].sort();
  }

  /** Names the actor and path of every change the rest of this transaction makes. */
  async actAs(manager: EntityManager, actor: Actor | null, context: AuditContext): Promise<void> {
    await manager.query(
      `SELECT set_config('roap.user_id', $1, true), set_config('roap.user_email', $2, true),
              set_config('roap.via', $3, true), set_config('roap.action', $4, true),
              set_config('roap.reason', $5, true)`,
      [actor ? String(actor.userId) : '', actor?.email ?? '', context.via, context.action ?? '', context.reason ?? ''],
    );
  }

  /**
   * The history of a record the actor may read, oldest first; for a progress report, with its
   * lines and results in one timeline. A deleted record's history is read under the rule of the
   * office it belonged to; one out of reach looks like one that never existed.
   */
  async trail(
    actor: Actor,
    entityType: string,
    entityId: string,
    { page = 0, perPage = MAX_PAGE_SIZE }: { page?: number; perPage?: number } = {},
  ): Promise<AuditEntryEntity[]> {
    const registered = this.readers.get(entityType);
    if (!registered) throw InputError.field('entityType', `must be one of ${this.readerTypes().join(', ')}`);
    const id = parseId(entityId, 'entityId');
    const readable =
      registered.roles.includes(actor.role) &&
      ((await registered.reader(actor, entityId)) || (await this.readsDeleted(actor, entityType, id)));
    if (!readable) throw noSuchRecord('entityId', entityType, id);
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.entityType = :entityType AND entry.entityId = :id', { entityType, id })
      .orWhere('entry.parentType = :entityType AND entry.parentId = :id', { entityType, id })
      .orderBy('entry.id', 'ASC')
      .offset(page * perPage)
      .limit(perPage)
      .getMany();
  }

  /**
   * Whether the record was deleted and the actor (whose role may read the type) could read it:
   * its office, or any office for framework records.
   */
  private async readsDeleted(actor: Actor, entityType: string, id: number): Promise<boolean> {
    const deletion = await this.dataSource.getRepository(AuditEntryEntity).findOne({
      where: { entityType, entityId: id, action: 'DELETE' },
      order: { id: 'DESC' },
    });
    if (!deletion) return false;
    const offices = actor.readableOfficeIds();
    if (deletion.officeId === null) return true;
    return offices === null || offices.includes(deletion.officeId);
  }
}
