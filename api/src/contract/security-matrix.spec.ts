import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CONTRACT_FILES } from '#src/contract/contract.js';

const ROLES = ['ADMIN', 'REGIONAL_MANAGER', 'KM_OFFICER', 'PROGRAMME_OFFICER', 'VIEWER'];
const access = JSON.parse(readFileSync(CONTRACT_FILES.access, 'utf8')) as Record<
  'operations' | 'routes',
  Record<string, string[] | 'PUBLIC'>
>;
const rules: Record<string, string[] | 'PUBLIC'> = { ...access.operations, ...access.routes };

/** The roles table of docs/security.md: for each row, the operations it names and the roles whose cell says something. */
function matrixRows(): { names: string[]; roles: string[] | 'PUBLIC' }[] {
  const doc = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## Roles'), doc.indexOf('\n## ', doc.indexOf('## Roles') + 1));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| operation') && !line.startsWith('| ---'))
    .map((line) => {
      const [operation = '', ...cells] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      const names = [...operation.matchAll(/`([^`?]+)(?:\?[^`]*)?`/g)].map((match) => match[1]!.trim());
      const roles = cells[0]?.startsWith('anyone') ? 'PUBLIC' : ROLES.filter((_, index) => cells[index] !== '');
      return { names: names.filter((name) => name in rules), roles };
    });
}

const sorted = (roles: string[] | 'PUBLIC') => (roles === 'PUBLIC' ? roles : [...roles].sort());

describe("docs/security.md's roles table", () => {
  it('gives each operation and route it names the roles api/access.json declares', () => {
    const wrong = matrixRows().flatMap(({ names, roles }) =>
      names
        .filter((name) => JSON.stringify(sorted(rules[name]!)) !== JSON.stringify(sorted(roles)))
        .map((name) => `${name}: the table says ${JSON.stringify(roles)}, the code ${JSON.stringify(rules[name])}`),
    );
    expect(wrong).toEqual([]);
  });

  it('names every operation that is not one of the generated CRUD six, and every route', () => {
    const named = new Set(matrixRows().flatMap((row) => row.names));
    const crud = /^(all\w+|_all\w+Meta|create[A-Z]\w*|update[A-Z]\w*|delete[A-Z]\w*|[A-Z]\w*)$/;
    const missing = Object.keys(rules).filter((name) => !named.has(name) && (name.includes(' ') || !crud.test(name)));
    expect(missing).toEqual([]);
  });

  it("names each resource's list query, so that every resource has its row", () => {
    const named = new Set(matrixRows().flatMap((row) => row.names));
    const lists = Object.keys(access.operations).filter((name) => /^all[A-Z]/.test(name));
    expect(lists.filter((name) => !named.has(name))).toEqual([]);
  });
});
