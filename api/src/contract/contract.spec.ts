import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CONTRACT_FILES, printContract } from '#src/contract/contract.js';

describe('the committed contract (api/schema.graphql, api/access.json)', () => {
  it('is what the resolvers and controllers declare: run `npm run contract` after changing them', async () => {
    const contract = await printContract();
    expect(readFileSync(CONTRACT_FILES.schema, 'utf8')).toBe(contract.schema);
    expect(readFileSync(CONTRACT_FILES.access, 'utf8')).toBe(contract.access);
  }, 30_000);

  it('gives every operation and route an access rule (none is open by omission)', async () => {
    const { access } = await printContract();
    const rules = JSON.parse(access) as { operations: Record<string, unknown>; routes: Record<string, unknown> };
    const undeclared = Object.entries({ ...rules.operations, ...rules.routes }).filter(
      ([, roles]) => Array.isArray(roles) && roles.length === 0,
    );
    expect(undeclared).toEqual([]);
    expect(Object.keys(rules.operations).length).toBeGreaterThan(100);
  }, 30_000);
});
