import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyFilter, applySortAndPage, LIST_ALIAS, type ListQueryConfig } from '#src/common/crud/apply-list-query.js';
import { parseId } from '#src/common/crud/id.util.js';
import type { ListArgs } from '#src/common/crud/list-args.js';
import { translateDatabaseError } from '#src/common/errors/database-error.util.js';
import { InputError } from '#src/common/errors/input.error.js';

export interface CrudConfig<E extends ObjectLiteral> extends ListQueryConfig {
  entity: EntityTarget<E>;
  /** The record's name in messages, e.g. "Outcome". */
  label: string;
}

type Filter = Record<string, unknown> | undefined;

/**
 * List, read, create, update and delete for one entity. Every write runs in one transaction
 * and its checks read through that transaction's manager, so a refused request writes nothing.
 * Subclasses hold the feature's rules in buildNew, applyChanges and assertDeletable.
 */
export abstract class CrudService<E extends ObjectLiteral & { id: number }, C, U> {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly config: CrudConfig<E>,
  ) {}

  /** Checks the input and returns the record to insert. */
  protected abstract buildNew(manager: EntityManager, input: C): Promise<Partial<E>>;

  /** Checks the changes and applies them to the locked record. */
  protected abstract applyChanges(manager: EntityManager, record: E, changes: U): Promise<void>;

  /** Refuses to delete a record that others still depend on. */
  protected async assertDeletable(_manager: EntityManager, _record: E): Promise<void> {}

  protected listQuery(filter: Filter): SelectQueryBuilder<E> {
    const qb = this.dataSource.getRepository(this.config.entity).createQueryBuilder(LIST_ALIAS);
    applyFilter(qb as SelectQueryBuilder<ObjectLiteral>, filter, this.config);
    return qb;
  }

  list(args: ListArgs, filter: Filter): Promise<E[]> {
    const qb = this.listQuery(filter);
    applySortAndPage(qb as SelectQueryBuilder<ObjectLiteral>, args, this.config);
    return qb.getMany();
  }

  count(filter: Filter): Promise<number> {
    return this.listQuery(filter).getCount();
  }

  findOne(id: string): Promise<E | null> {
    return this.dataSource.getRepository(this.config.entity).findOneBy({ id: parseId(id, 'id') } as never);
  }

  create(input: C): Promise<E> {
    return this.write((manager) => this.insert(manager, input));
  }

  /** Inserts the record buildNew prepared; features that create children with it extend this. */
  protected async insert(manager: EntityManager, input: C): Promise<E> {
    return manager.save(this.config.entity, (await this.buildNew(manager, input)) as E);
  }

  update(id: string, changes: U): Promise<E> {
    return this.write(async (manager) => {
      const record = await this.lockExisting(manager, id, 'id');
      await this.applyChanges(manager, record, changes);
      return manager.save(this.config.entity, record);
    });
  }

  remove(id: string): Promise<E> {
    return this.write(async (manager) => {
      const record = await this.lockExisting(manager, id, 'id');
      await this.assertDeletable(manager, record);
      await manager.delete(this.config.entity, { id: record.id } as never);
      return record;
    });
  }

  /** Runs `work` in a transaction; a database refusal becomes an error that names the field. */
  protected async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /** Loads and row-locks a record for the rest of the transaction, or names the field. */
  protected async lockExisting(manager: EntityManager, id: string | number, field: string): Promise<E> {
    const record = await manager.findOne(this.config.entity, {
      where: { id: parseId(id, field) } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw InputError.field(field, `no ${this.config.label} with id ${id}`);
    return record;
  }
}
