import { describe, expect, it } from '@jest/globals';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { dropUndeclaredInputFields } from '#src/common/validation/undeclared-input-fields.util.js';

const schema = buildSchema(`
  input PartInput { label: String!, value: Float }
  input LineInput { itemId: ID!, parts: [PartInput!], main: PartInput }
  input ListFilter { q: String }
  type Report { id: ID! }
  type Query { allReports(filter: ListFilter): [Report!]! }
  type Mutation { updateReport(id: ID!, lines: [LineInput!], note: String, main: PartInput): Report }
`);

const prune = (document: string, variables: Record<string, unknown>) =>
  dropUndeclaredInputFields(schema, getOperationAST(parse(document))!, variables);

const UPDATE =
  'mutation U($id: ID!, $lines: [LineInput!], $note: String, $main: PartInput) { updateReport(id: $id, lines: $lines, note: $note, main: $main) { id } }';

describe('fields no input declares', () => {
  it('are dropped from nested inputs at any depth, and listed once per path', () => {
    const sent = {
      id: '7',
      note: 'kept as sent',
      lines: [
        {
          __typename: 'Line',
          id: '1',
          itemId: '3',
          flagged: true,
          parts: [{ __typename: 'Part', label: 'a', value: 1 }],
        },
        { __typename: 'Line', id: '2', itemId: '4', 'item.id': '4', parts: null },
      ],
      main: { label: 'm', createdAt: '2009-06-30T00:00:00Z' },
    };
    expect(prune(UPDATE, sent)).toEqual({
      variables: {
        id: '7',
        note: 'kept as sent',
        lines: [
          { itemId: '3', parts: [{ label: 'a', value: 1 }] },
          { itemId: '4', parts: null },
        ],
        main: { label: 'm' },
      },
      ignored: [
        'lines[].__typename',
        'lines[].id',
        'lines[].flagged',
        'lines[].parts[].__typename',
        'lines[].item.id',
        'main.createdAt',
      ],
    });
  });

  it('leave what the types declare, and values of the wrong shape for GraphQL to refuse', () => {
    const sent = { id: '7', lines: 'not a list', main: [{ label: 'x' }], note: { a: 1 } };
    expect(prune(UPDATE, sent)).toEqual({ variables: sent, ignored: [] });
  });

  it('take a lone item where a list is expected, as GraphQL does', () => {
    expect(prune(UPDATE, { id: '7', lines: { itemId: '3', id: '1' } }).variables.lines).toEqual({ itemId: '3' });
  });

  it('never match inherited names such as constructor or toString', () => {
    const { variables, ignored } = prune(UPDATE, { id: '7', main: { label: 'm', constructor: 1, toString: 2 } });
    expect(variables.main).toEqual({ label: 'm' });
    expect(ignored).toEqual(['main.constructor', 'main.toString']);
  });

  it('stay in queries, where dropping a filter field would widen the list unseen', () => {
    const sent = { filter: { q: 'x', officeCode: 'CO-DHAKA' } };
    expect(prune('query L($filter: ListFilter) { allReports(filter: $filter) { id } }', sent)).toEqual({
      variables: sent,
      ignored: [],
    });
  });
});
