import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate, type GraphQLFormattedError } from 'graphql';
import { clientErrorOf } from '#src/common/graphql/validation-errors.js';

const schema = buildSchema(`
  input Filter { ids: [ID!] q: String }
  type Query { offices(filter: Filter, perPage: Int): [String!]! office(id: ID!): String }
`);

const formattedErrorsOf = (query: string, schemaHints: boolean) =>
  validate(schema, parse(query)).map((error) =>
    clientErrorOf(
      { message: error.message, locations: error.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      error,
      schemaHints,
    ),
  );

describe('validation errors as the client reads them', () => {
  it('a literal of the wrong type is BAD_USER_INPUT naming its argument path', () => {
    const [error] = formattedErrorsOf('{ offices(filter: { ids: ["1", 2.5] }) }', true);
    expect(error!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.ids', message: 'ID cannot represent a non-string and non-integer value: 2.5' }],
    });
    const [perPage] = formattedErrorsOf('{ offices(perPage: "ten") }', true);
    expect(perPage!.extensions?.fields).toEqual([
      { field: 'perPage', message: expect.stringMatching(/Int cannot represent/) },
    ]);
  });

  it('gives no schema hints where introspection is off', () => {
    const hinted = formattedErrorsOf('{ office }', true).concat(formattedErrorsOf('{ offics }', true));
    expect(hinted.some((error: GraphQLFormattedError) => /Did you mean/.test(error.message))).toBe(true);
    const [unknownField] = formattedErrorsOf('{ offics }', false);
    expect(unknownField!.message).toBe('Cannot query field "offics" on type "Query".');
    const [unknownInput] = formattedErrorsOf('{ offices(filter: { idz: [] }) }', false);
    expect(unknownInput!.message).not.toMatch(/Did you mean/);
  });
});
