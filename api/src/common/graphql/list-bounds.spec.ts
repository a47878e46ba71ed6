import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';
import { ListBounds } from '#src/common/graphql/list-bounds.js';

const answering = (answers: Record<string, number | Error>) =>
  ({
    query: async (sql: string) => {
      const answer = answers[sql];
      if (answer instanceof Error) throw answer;
      return answer === undefined ? [] : [{ count: String(answer) }];
    },
  }) as unknown as DataSource;

describe('list bounds', () => {
  const bounds = {
    'A.measured': { largestIn: 'measured' },
    'A.empty': { largestIn: 'empty' },
    'A.failing': { largestIn: 'failing' },
    'A.fixed': { rows: 40, why: 'a validation limit' },
  };

  it('uses what the data holds now, at least one row, and a full page for what it could not measure', async () => {
    const listBounds = new ListBounds(
      answering({ measured: 12, failing: new Error('relation does not exist') }),
      bounds,
    );
    const rowsOf = await listBounds.current();
    expect(rowsOf('A.measured')).toBe(12);
    expect(rowsOf('A.empty')).toBe(1);
    expect(rowsOf('A.failing')).toBe(MAX_PAGE_SIZE);
    expect(rowsOf('A.fixed')).toBe(40);
    expect(rowsOf('A.unknown')).toBe(MAX_PAGE_SIZE);
  });
});
