import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';
import { ListBounds } from '#src/common/graphql/list-bounds.js';
import { QueryLogger } from '#src/platform/database/query-logger.js';

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

  it("refreshes in the background a minute later, without counting the refresh as a request's statements", async () => {
    const logger = new QueryLogger();
    let asked = 0;
    const dataSource = {
      query: async () => {
        asked += 1;
        logger.logQuery();
        return [{ count: String(asked) }];
      },
    } as unknown as DataSource;
    const listBounds = new ListBounds(dataSource, { 'A.measured': { largestIn: 'measured' } });
    const first = await QueryLogger.countDuring(() => listBounds.current());
    expect(first).toBe(1);
    const realNow = Date.now;
    Date.now = () => realNow() + 61_000;
    try {
      const refresh = await QueryLogger.countDuring(async () => {
        await listBounds.current();
        await new Promise((resolve) => setImmediate(resolve));
      });
      expect({ asked, refresh }).toEqual({ asked: 2, refresh: 0 });
      expect((await listBounds.current())('A.measured')).toBe(2);
    } finally {
      Date.now = realNow;
    }
  });
});
