import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isEnumType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';

/**
 * The cost of an operation is an upper bound of the objects its answer can hold: every field costs
 * 1 plus its selection, and a list of objects costs its selection once per row it can return. Rows:
 * a paged list its `perPage` (MAX_PAGE_SIZE when not given, as the resolver then answers up to that),
 * or fewer when it asks for given ids;
 * another list its bound (list-bounds.ts); the introspection lists (`__Schema.types`,
 * `__Type.fields`...) their sizes in this very schema. Every alias is priced, introspection included.
 */
export function costEstimator(schema: GraphQLSchema, rowsOf: (coordinate: string) => number): ComplexityEstimator {
  const introspectionRows = introspectionBoundsOf(schema);
  return ({ type, field, args, childComplexity }) => {
    // Answered from the type itself, no data read; Apollo clients add one to every selection.
    if (field.name === '__typename') return 0;
    if (field.name === '__type') return (1 + childComplexity) * introspectionRows.singleTypeFactor;
    if (!returnsListOfObjects(field)) return 1 + childComplexity;
    const coordinate = `${type.name}.${field.name}`;
    let rows: number;
    if (field.args.some((arg) => arg.name === 'perPage')) {
      rows = typeof args.perPage === 'number' ? args.perPage : MAX_PAGE_SIZE;
      // A list of given ids (react-admin's getMany) answers at most one row per id.
      const ids = (args.filter as { ids?: unknown } | undefined)?.ids;
      if (Array.isArray(ids)) rows = Math.min(rows, ids.length);
    } else if (type.name.startsWith('__')) {
      rows = introspectionRows.rows[coordinate] ?? MAX_PAGE_SIZE;
    } else {
      rows = rowsOf(coordinate);
    }
    return 1 + Math.max(1, rows) * (1 + childComplexity);
  };
}

function returnsListOfObjects(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
}

interface IntrospectionBounds {
  /** Rows of each introspection list, averaged over the parent objects that hold them. */
  rows: Record<string, number>;
  /**
   * `__type(name:)` reads one type, which may hold more fields than the average: its selection
   * counts this many times (the largest type's lists over the average ones).
   */
  singleTypeFactor: number;
}

const cache = new WeakMap<GraphQLSchema, IntrospectionBounds>();

/**
 * The introspection lists' sizes in this schema. `__schema { types { fields ... } }` returns every
 * type, so the average fields per type times the number of types is exactly what it returns.
 */
export function introspectionBoundsOf(schema: GraphQLSchema): IntrospectionBounds {
  const known = cache.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let args = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  const largest = { fields: 0, inputFields: 0, enumValues: 0 };
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      args += own.reduce((sum, field) => sum + field.args.length, 0);
      interfaces += type.getInterfaces().length;
      largest.fields = Math.max(largest.fields, own.length);
    } else if (isInputObjectType(type)) {
      inputFields += Object.keys(type.getFields()).length;
      largest.inputFields = Math.max(largest.inputFields, Object.keys(type.getFields()).length);
    } else if (isEnumType(type)) {
      enumValues += type.getValues().length;
      largest.enumValues = Math.max(largest.enumValues, type.getValues().length);
    }
  }
  const directives = schema.getDirectives();
  const perType = (count: number) => Math.ceil(count / types.length);
  const over = (most: number, count: number) => Math.ceil(most / Math.max(1, perType(count)));
  const bounds: IntrospectionBounds = {
    rows: {
      '__Schema.types': types.length,
      '__Schema.directives': directives.length,
      '__Type.fields': perType(fields),
      '__Type.inputFields': perType(inputFields),
      '__Type.enumValues': perType(enumValues),
      '__Type.interfaces': perType(interfaces),
      '__Type.possibleTypes': 1,
      '__Field.args': Math.ceil(args / Math.max(1, fields)),
      '__Directive.args': Math.ceil(
        directives.reduce((sum, directive) => sum + directive.args.length, 0) / Math.max(1, directives.length),
      ),
    },
    singleTypeFactor: Math.max(
      1,
      over(largest.fields, fields),
      over(largest.inputFields, inputFields),
      over(largest.enumValues, enumValues),
    ),
  };
  cache.set(schema, bounds);
  return bounds;
}
