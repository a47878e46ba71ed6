import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuditContext, AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import type { Role } from '#src/platform/auth/role.enum.js';
import { applyFilter, applySortAndPage, LIST_ALIAS, type ListQueryConfig } from '#src/common/crud/apply-list-query.js';
import { parseId } from '#src/common/crud/id.util.js';
import type { ListArgs } from '#src/common/crud/list-args.js';
import { translateDatabaseError } from '#src/common/errors/database-error.util.js';
import { noSuchRecord } from '#src/common/scope/reach.js';

export interface CrudConfig<E extends ObjectLiteral> extends ListQueryConfig {
  entity: EntityTarget<E>;
  /** The record's GraphQL type name, used in messages and the audit trail: "Outcome". */
  label: string;
}

type Filter = Record<string, unknown> | undefined;

/**
 * List, read, create, update and delete for one entity, for one actor. Every read passes
 * through applyReadScope, so a record outside the actor's scope does not exist for them, whether
 * asked for by id, by filter or by list. Every write runs in one transaction with its checks and
 * its audit entries (written by the database), so a refused request writes nothing. Subclasses hold the feature's rules.
 */
export abstract class CrudService<E extends ObjectLiteral & { id: number }, C, U> {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditLog,
    protected readonly config: CrudConfig<E>,
  ) {}

  /**
   * Lets the audit log answer this type's history exactly when `roles` (those of the X(id) query,
   * see CrudResolver) and the read scope would answer the record itself.
   */
  registerHistoryReader(roles: readonly Role[]): void {
    this.audit.registerReader(this.config.label, roles, async (actor, id) => (await this.findOne(actor, id)) !== null);
  }

  /** Checks the input and returns the record to insert. */
  protected abstract buildNew(manager: EntityManager, input: C, actor: Actor): Promise<Partial<E>>;

  /** Checks the changes and applies them to the locked record. */
  protected abstract applyChanges(manager: EntityManager, record: E, changes: U, actor: Actor): Promise<void>;

  /** Refuses to delete a record that others still depend on. */
  protected async assertDeletable(_manager: EntityManager, _record: E, _actor: Actor): Promise<void> {}

  /** Narrows every read to what the actor may see; by default everything. */
  protected async applyReadScope(_qb: SelectQueryBuilder<E>, _actor: Actor): Promise<void> {}

  protected async listQuery(actor: Actor, filter: Filter, manager: EntityManager = this.dataSource.manager) {
    const qb = manager.getRepository(this.config.entity).createQueryBuilder(LIST_ALIAS);
    applyFilter(qb as SelectQueryBuilder<ObjectLiteral>, filter, this.config);
    await this.applyReadScope(qb, actor);
    return qb;
  }

  async list(actor: Actor, args: ListArgs, filter: Filter): Promise<E[]> {
    const qb = await this.listQuery(actor, filter);
    applySortAndPage(qb as SelectQueryBuilder<ObjectLiteral>, args, this.config);
    return qb.getMany();
  }

  async count(actor: Actor, filter: Filter): Promise<number> {
    return (await this.listQuery(actor, filter)).getCount();
  }

  async findOne(actor: Actor, id: string): Promise<E | null> {
    return (await this.listQuery(actor, { id: String(parseId(id, 'id')) })).getOne();
  }

  create(actor: Actor, input: C): Promise<E> {
    return this.write(actor, (manager) => this.insert(manager, input, actor));
  }

  /** Inserts the record buildNew prepared; features that create children with it extend this. */
  protected async insert(manager: EntityManager, input: C, actor: Actor): Promise<E> {
    return manager.save(this.config.entity, (await this.buildNew(manager, input, actor)) as E);
  }

  update(actor: Actor, id: string, changes: U): Promise<E> {
    return this.write(actor, async (manager) => {
      const record = await this.lockExisting(manager, actor, id, 'id');
      await this.applyChanges(manager, record, changes, actor);
      return manager.save(this.config.entity, record);
    });
  }

  remove(actor: Actor, id: string): Promise<E> {
    return this.write(actor, async (manager) => {
      const record = await this.lockExisting(manager, actor, id, 'id');
      await this.assertDeletable(manager, record, actor);
      await manager.delete(this.config.entity, { id: record.id } as never);
      return record;
    });
  }

  /**
   * Runs `work` in a transaction whose changes the audit log attributes to `actor` (through the
   * path `context` names, a form by default); a database refusal becomes an error that names the field.
   */
  protected async write<T>(
    actor: Actor,
    work: (manager: EntityManager) => Promise<T>,
    context: AuditContext = { via: AuditPath.FORM },
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.audit.actAs(manager, actor, context);
        return work(manager);
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /** Loads and row-locks a record the actor may see, or names the field as if it did not exist. */
  protected async lockExisting(manager: EntityManager, actor: Actor, id: string | number, field: string): Promise<E> {
    const qb = await this.listQuery(actor, { id: String(parseId(id, field)) }, manager);
    const record = await qb.setLock('pessimistic_write').getOne();
    if (!record) throw noSuchRecord(field, this.config.label, id);
    return record;
  }
}
