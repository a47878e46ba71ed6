import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { operationDepth } from '#src/common/graphql/operation-depth.util.js';

describe('operationDepth', () => {
  it('counts nested selections, through fragments', () => {
    expect(operationDepth(parse('{ allOffices { code } }'))).toBe(2);
    expect(operationDepth(parse('{ allIndicators { outcome { framework { title } } } }'))).toBe(4);
    const withFragment = parse(
      'query Q { allIndicators { ...parts } } fragment parts on Indicator { components { indicator { code } } }',
    );
    expect(operationDepth(withFragment, 'Q')).toBe(4);
  });

  it('ignores introspection and survives fragment cycles', () => {
    expect(operationDepth(parse('{ __schema { types { fields { type { ofType { name } } } } } }'))).toBe(0);
    expect(operationDepth(parse('{ a { ...f } } fragment f on A { b { ...f } }'))).toBe(2);
  });
});
