import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { parseId } from '#src/common/crud/id.util.js';
import { MAX_PAGE_SIZE, type ListArgs } from '#src/common/crud/list-args.js';
import { InputError } from '#src/common/errors/input.error.js';

export const LIST_ALIAS = 'e';

/** Inner-joins a chain of relations from the listed entity (`['plan', 'programme']`); returns the last alias. */
export function joinPath(qb: SelectQueryBuilder<ObjectLiteral>, path: string[], prefix: string): string {
  let alias = LIST_ALIAS;
  for (const [index, relation] of path.entries()) {
    const next = `${prefix}_${index}`;
    qb.innerJoin(`${alias}.${relation}`, next);
    alias = next;
  }
  return alias;
}

/** A filter key that is not a plain column, e.g. an indicator's `frameworkId` through its outcome. */
export type FilterHandler = (qb: SelectQueryBuilder<ObjectLiteral>, value: unknown, parameter: string) => void;

export interface ListQueryConfig {
  /**
   * What `q` searches, as a user would type it (codes, titles, an office, a quarter): properties of
   * the record, or paths through many-to-one relations to a parent's (`office.code`, `period.code`).
   */
  searchFields: string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  filterHandlers?: Record<string, FilterHandler>;
}

const RANGE = /^(.+)_(lt|lte|gt|gte)$/;
const OPERATORS = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function columnOf(qb: SelectQueryBuilder<ObjectLiteral>, property: string) {
  return qb.expressionMap.mainAlias!.metadata.findColumnWithPropertyName(property);
}

/** The quoted column of `property` on the list's main alias, e.g. "e"."baseline_narrative". */
function columnSql(qb: SelectQueryBuilder<ObjectLiteral>, property: string): string {
  const column = columnOf(qb, property);
  if (!column) throw new Error(`${property} is not a column`);
  return `${qb.escape(LIST_ALIAS)}.${qb.escape(column.databaseName)}`;
}

function toColumnValue(
  qb: SelectQueryBuilder<ObjectLiteral>,
  property: string,
  value: unknown,
  field: string,
): unknown {
  const column = columnOf(qb, property);
  const isInteger = column?.type === 'int' || column?.type === Number || column?.isPrimary;
  if (!isInteger || value === null) return value;
  return Array.isArray(value) ? value.map((item) => parseId(item as string, field)) : parseId(value as string, field);
}

/** At most this many words in `q`, each matched on its own: the query stays small. */
const MAX_SEARCH_WORDS = 10;

/**
 * The quoted column at the end of `path`, left-joining (once) each many-to-one relation on the way:
 * rows are neither multiplied nor dropped, and the list's own office scope still applies to them.
 */
function searchColumnSql(qb: SelectQueryBuilder<ObjectLiteral>, path: string): string {
  const steps = path.split('.');
  const property = steps.pop()!;
  let alias = LIST_ALIAS;
  let metadata = qb.expressionMap.mainAlias!.metadata;
  for (const [index, name] of steps.entries()) {
    const relation = metadata.findRelationWithPropertyPath(name);
    if (!relation?.isManyToOne) throw new Error(`search path ${path}: ${name} is not a many-to-one relation`);
    const next = `q_${steps.slice(0, index + 1).join('_')}`;
    if (!qb.expressionMap.aliases.some((joined) => joined.name === next)) qb.leftJoin(`${alias}.${name}`, next);
    alias = next;
    metadata = relation.inverseEntityMetadata;
  }
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`search path ${path}: ${property} is not a column`);
  return `${qb.escape(alias)}.${qb.escape(column.databaseName)}`;
}

/** `q`: every word, case-insensitively, somewhere in the search fields ("dhaka 2009-q3"). */
function applySearch(qb: SelectQueryBuilder<ObjectLiteral>, text: string, fields: string[], parameter: string): void {
  const words = [...new Set(text.trim().split(/\s+/).filter(Boolean))];
  if (words.length > MAX_SEARCH_WORDS) {
    throw InputError.field('filter.q', `search for at most ${MAX_SEARCH_WORDS} words (${words.length} given)`);
  }
  const columns = fields.map((field) => `${searchColumnSql(qb, field)}::text`);
  words.forEach((word, index) => {
    const name = `${parameter}_${index}`;
    qb.andWhere(`(${columns.map((column) => `${column} ILIKE :${name}`).join(' OR ')})`, {
      [name]: `%${escapeLike(word)}%`,
    });
  });
}

/** Applies react-admin's filter grammar: q, id, ids, plain fields and field_lt/_lte/_gt/_gte. */
export function applyFilter(
  qb: SelectQueryBuilder<ObjectLiteral>,
  filter: Record<string, unknown> | undefined,
  config: ListQueryConfig,
): void {
  if (!filter) return;
  Object.entries(filter).forEach(([key, value], index) => {
    if (value === undefined) return;
    const parameter = `f${index}`;
    const field = `filter.${key}`;
    const handler = config.filterHandlers?.[key];
    if (handler) return handler(qb, value, parameter);
    if (key === 'q') return applySearch(qb, String(value), config.searchFields, parameter);
    if (key === 'ids') {
      qb.andWhere(`${columnSql(qb, 'id')} IN (:...${parameter})`, {
        [parameter]: (value as string[]).length ? toColumnValue(qb, 'id', value, field) : [0],
      });
      return;
    }
    const range = RANGE.exec(key);
    const property = range ? range[1]! : key;
    if (!columnOf(qb, property)) throw InputError.field(field, 'cannot filter on this field');
    const converted = toColumnValue(qb, property, value, field);
    if (range) {
      qb.andWhere(`${columnSql(qb, property)} ${OPERATORS[range[2] as keyof typeof OPERATORS]} :${parameter}`, {
        [parameter]: converted,
      });
    } else if (converted === null) {
      qb.andWhere(`${columnSql(qb, property)} IS NULL`);
    } else if (Array.isArray(converted)) {
      qb.andWhere(`${columnSql(qb, property)} IN (:...${parameter})`, {
        [parameter]: converted.length ? converted : [null],
      });
    } else {
      qb.andWhere(`${columnSql(qb, property)} = :${parameter}`, { [parameter]: converted });
    }
  });
}

/** Sorting (a relation path such as `outcome.id` sorts by `outcomeId`) and 0-based paging. */
export function applySortAndPage(qb: SelectQueryBuilder<ObjectLiteral>, args: ListArgs, config: ListQueryConfig): void {
  const requested = args.sortField?.replace(/^(\w+)\.id$/, '$1Id');
  const field = requested ?? config.defaultSort.field;
  if (!columnOf(qb, field)) throw InputError.field('sortField', `cannot sort by "${args.sortField}"`);
  const order = args.sortOrder ? (args.sortOrder.toUpperCase() as 'ASC' | 'DESC') : config.defaultSort.order;
  qb.orderBy(`${LIST_ALIAS}.${field}`, order);
  if (field !== 'id') qb.addOrderBy(`${LIST_ALIAS}.id`, 'ASC');
  // Without perPage (react-admin's getMany sends ids only) a page is at most MAX_PAGE_SIZE rows.
  const perPage = args.perPage ?? MAX_PAGE_SIZE;
  qb.limit(perPage).offset((args.page ?? 0) * perPage);
}
