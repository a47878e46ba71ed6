import { beforeAll, describe, expect, it } from '@jest/globals';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createOffice } from '#test/factories/office.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

describe('reporting periods and the results entered in them', () => {
  let t: TestApp;
  let periodId: string;
  let resultId: string;
  let keys: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { components } = await createSmallFramework(t.dataSource);
    const office = await createOffice(t.dataSource);
    keys = `componentId: "${components[0]!.id}", officeId: "${office.id}"`;
  });

  it('derives kind, dates and due date from the code', async () => {
    const { createReportingPeriod } = dataOf(
      await t.gql<{ createReportingPeriod: Record<string, string> }>(
        'mutation { createReportingPeriod(code: "2009-Q2") { id code kind startDate endDate dueDate status } }',
      ),
    );
    periodId = createReportingPeriod.id!;
    expect(createReportingPeriod).toMatchObject({
      kind: 'QUARTER',
      startDate: '2009-04-01',
      endDate: '2009-06-30',
      dueDate: '2009-07-15',
      status: 'OPEN',
    });
    const biennium = await t.gql<{ createReportingPeriod: { dueDate: string } }>(
      'mutation { createReportingPeriod(code: "2008-09", dueDate: "2010-03-31") { dueDate } }',
    );
    expect(dataOf(biennium).createReportingPeriod.dueDate).toBe('2010-03-31');
  });

  it('takes results while open, with disaggregations and evidence', async () => {
    const { createIndicatorResult } = dataOf(
      await t.gql<{
        createIndicatorResult: { id: string; value: number; evidenceLinks: string[]; period: { code: string } };
      }>(
        `mutation { createIndicatorResult(${keys}, periodId: "${periodId}", value: 16, evidenceLinks: ["https://www.ilo.org/asia"],
          disaggregations: [{ dimension: "language", category: "French", value: 12 }]) { id value evidenceLinks period { code } } }`,
      ),
    );
    resultId = createIndicatorResult.id;
    expect(createIndicatorResult).toMatchObject({
      value: 16,
      evidenceLinks: ['https://www.ilo.org/asia'],
      period: { code: '2009-Q2' },
    });
  });

  it('closes and locks through explicit steps, after which results stay as they are', async () => {
    const closed = await t.gql<{ closeReportingPeriod: { status: string } }>(
      `mutation { closeReportingPeriod(id: "${periodId}") { status } }`,
    );
    expect(dataOf(closed).closeReportingPeriod.status).toBe('CLOSED');
    expectFieldError(
      await t.gql(`mutation { updateIndicatorResult(id: "${resultId}", value: 18) { id } }`),
      'id',
      /2009-Q2 is CLOSED/,
    );
    expectFieldError(
      await t.gql(`mutation { deleteIndicatorResult(id: "${resultId}") { id } }`),
      'id',
      /2009-Q2 is CLOSED/,
    );
    expectFieldError(
      await t.gql(`mutation { closeReportingPeriod(id: "${periodId}") { id } }`),
      'id',
      /already CLOSED/,
    );
    const locked = await t.gql<{ lockReportingPeriod: { status: string } }>(
      `mutation { lockReportingPeriod(id: "${periodId}") { status } }`,
    );
    expect(dataOf(locked).lockReportingPeriod.status).toBe('LOCKED');
    expectFieldError(
      await t.gql(`mutation { updateIndicatorResult(id: "${resultId}", value: 18) { id } }`),
      'id',
      /2009-Q2 is LOCKED/,
    );
  });

  it('reopens (with a reason, as it was locked), then changes a result and deletes it', async () => {
    dataOf(await t.gql(`mutation { openReportingPeriod(id: "${periodId}", reason: "A result was wrong") { id } }`));
    const updated = await t.gql<{ updateIndicatorResult: { value: number; disaggregations: unknown[] } }>(
      `mutation { updateIndicatorResult(id: "${resultId}", value: 18, disaggregations: null) { value disaggregations { category } } }`,
    );
    expect(dataOf(updated).updateIndicatorResult).toEqual({ value: 18, disaggregations: [] });
    dataOf(await t.gql(`mutation { deleteIndicatorResult(id: "${resultId}") { id } }`));
    expect(dataOf(await t.gql(`{ IndicatorResult(id: "${resultId}") { id } }`))).toEqual({ IndicatorResult: null });
  });

  it('deletes a period nothing uses', async () => {
    const { deleteReportingPeriod } = dataOf(
      await t.gql<{ deleteReportingPeriod: { code: string } }>(
        `mutation { deleteReportingPeriod(id: "${periodId}") { code } }`,
      ),
    );
    expect(deleteReportingPeriod.code).toBe('2009-Q2');
  });
});
