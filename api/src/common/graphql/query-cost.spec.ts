import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { CONTRACT_FILES } from '#src/contract/contract.js';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';
import { LIST_BOUNDS } from '#src/common/graphql/list-bounds.js';
import { costEstimator, introspectionBoundsOf } from '#src/common/graphql/query-cost.js';

const schema = buildSchema(readFileSync(CONTRACT_FILES.schema, 'utf8'));
const costOf = (query: string, rowsOf: (coordinate: string) => number = () => 7) =>
  getComplexity({ schema, query: parse(query), variables: {}, estimators: [costEstimator(schema, rowsOf)] });

describe('the query cost model', () => {
  it('knows the bound of every list of objects that has no perPage, and of nothing else', () => {
    const unpaged: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        if (listOfObjects && !field.args.some((arg) => arg.name === 'perPage'))
          unpaged.push(`${type.name}.${field.name}`);
      }
    }
    expect(Object.keys(LIST_BOUNDS).sort()).toEqual(unpaged.sort());
  });

  it('prices a paged list at perPage, a full page without it, and one row per id asked for', () => {
    expect(costOf('{ allOffices(perPage: 5) { id code } }')).toBe(1 + 5 * 3);
    expect(costOf('{ allOffices { id code } }')).toBe(1 + MAX_PAGE_SIZE * 3);
    expect(costOf('{ allOffices(filter: { ids: ["1", "2"] }) { id code } }')).toBe(1 + 2 * 3);
    expect(costOf('{ a: allOffices(perPage: 5) { id } b: allOffices(perPage: 5) { id } }')).toBe(2 * (1 + 5 * 2));
    // __typename reads no data: Apollo clients add it everywhere without making a query dearer.
    expect(costOf('{ allOffices(perPage: 5) { id code __typename } __typename }')).toBe(1 + 5 * 3);
  });

  it('prices a nested list at its bound, and an unmeasured one at a full page', () => {
    const nested = '{ allOffices(perPage: 2) { children { id } } }';
    expect(costOf(nested, (coordinate) => (coordinate === 'Office.children' ? 7 : 0))).toBe(1 + 2 * (1 + (1 + 7 * 2)));
    expect(costOf(nested, () => MAX_PAGE_SIZE)).toBe(1 + 2 * (1 + (1 + MAX_PAGE_SIZE * 2)));
  });

  it('prices introspection by the sizes of this schema, alias by alias', () => {
    const bounds = introspectionBoundsOf(schema);
    const typeCount = Object.keys(schema.getTypeMap()).length;
    expect(bounds.rows['__Schema.types']).toBe(typeCount);
    const types = '__schema { types { name } }';
    expect(costOf(`{ ${types} }`)).toBe(1 + (1 + typeCount * 2));
    expect(costOf(`{ a: ${types} b: ${types} }`)).toBe(2 * (1 + (1 + typeCount * 2)));
    const full = costOf(getIntrospectionQuery());
    // One whole introspection (GraphiQL, code generators) fits the default limit; two do not.
    expect(full).toBeLessThan(100_000);
    expect(full).toBeGreaterThan(50_000);
  });

  it('prices one named type at its largest size, not the average one', () => {
    const { singleTypeFactor } = introspectionBoundsOf(schema);
    const largest = Math.max(
      ...[schema.getQueryType()!, schema.getMutationType()!].map((t) => Object.keys(t.getFields()).length),
    );
    const perType = costOf('{ __type(name: "Mutation") { fields { name } } }');
    expect(singleTypeFactor).toBeGreaterThan(1);
    expect(perType).toBeGreaterThanOrEqual(largest * 2);
  });
});
