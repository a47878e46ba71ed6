// @embedded: the tracking table runs the progress statement per quarter, on the single connection.
import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Role } from '#src/platform/auth/role.enum.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('the indicator performance tracking table', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let offices: Awaited<ReturnType<typeof createRegion>>;

  const download = async (query: string, token?: string) => {
    const call = request(t.app.getHttpServer()).get(`/exports/tracking-table${query}`).buffer(true).parse(binary);
    return call.set('authorization', `Bearer ${token ?? (await t.signedIn(Role.ADMIN, [])).token}`);
  };
  const workbookOf = async (response: request.Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    return workbook;
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    offices = await createRegion(t.dataSource);
    const { framework, outcome } = await createSmallFramework(t.dataSource);
    const events = await createComponent(
      t.dataSource,
      await createIndicator(t.dataSource, outcome, {
        code: '1.2',
        measure: Measure.NUMBER,
        aggregation: Aggregation.SUM,
      }),
      { baselineValue: 0, targetValue: 20 },
    );
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2', '2009-Q3', '2009-Q4', '2009']);
    const at = (period: string, officeId: number) => ({
      componentId: events.id,
      periodId: periods[period]!.id,
      officeId,
    });
    const women = (value: number) => [{ dimension: 'sex', category: 'women', value }];
    await createResult(t.dataSource, at('2009-Q1', offices.dhaka.id), { value: 2, disaggregations: women(1) });
    await createResult(t.dataSource, at('2009-Q2', offices.dhaka.id), { value: 3, disaggregations: women(2) });
    await createResult(t.dataSource, at('2009-Q2', offices.yangon.id), { value: 5, disaggregations: women(4) });
    ids = {
      framework: String(framework.id),
      q1: String(periods['2009-Q1']!.id),
      q2: String(periods['2009-Q2']!.id),
      q4: String(periods['2009-Q4']!.id),
      year: String(periods['2009']!.id),
      dhaka: String(offices.dhaka.id),
    };
  });

  it("adds budget vs expenditure of the offices' plans in a Budget sheet, labelled in the language asked for", async () => {
    const { items } = await createProgrammeWithPlan(t.dataSource, offices.dhaka.id, 'BGD', [
      { code: 'A1', startPeriodId: Number(ids.q1), endPeriodId: Number(ids.q2) },
      { code: 'A2', startPeriodId: Number(ids.q1), endPeriodId: Number(ids.q4) },
    ]);
    await t.dataSource.query(`UPDATE plan_item SET budget_usd = 1000, expenditure_usd = 250 WHERE id = $1`, [
      items.A1!.id,
    ]);
    await t.dataSource.query(`UPDATE plan_item SET budget_usd = 3000, expenditure_usd = 750 WHERE id = $1`, [
      items.A2!.id,
    ]);
    const response = await download(
      `?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}&officeId=${ids.dhaka}&language=fr`,
    );
    expect(response.status).toBe(200);
    const sheet = (await workbookOf(response)).getWorksheet('Budget')!;
    const rowValues = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(rowValues(1)).toEqual([
      'Pays',
      'Programme',
      'Année',
      'Statut du plan',
      'Source de financement',
      'Budget (USD)',
      'Dépenses à ce jour (USD)',
      'Dépensé',
    ]);
    expect(rowValues(2)).toEqual(['BGD', 'BGD DWCP', 2009, 'Brouillon', 'RB', 4000, 1000, 0.25]);
    expect(rowValues(3)).toEqual(['Total', undefined, undefined, undefined, undefined, 4000, 1000, 0.25]);
    const spanish = await download(
      `?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}&language=es`,
    );
    expect((await workbookOf(spanish)).worksheets.map((each) => each.name)).toContain('Presupuesto');
    const refused = await download(
      `?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}&language=de`,
    );
    expect(refused.status).toBe(400);
  });

  it('lays out every component quarter by quarter, with the same figures as indicatorProgress', async () => {
    const response = await download(`?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="all-offices-indicator-tracking-2009-Q1-2009-Q4.xlsx"',
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tracking table', 'Data', 'Budget']);
    const table = workbook.getWorksheet('Tracking table')!;
    expect([6, 9, 12, 15].map((column) => table.getRow(1).getCell(column).text)).toEqual([
      '2009-Q1',
      '2009-Q2',
      '2009-Q3',
      '2009-Q4',
    ]);
    expect(table.getRow(2).getCell(7).text).toBe('Actual');
    const events = table.getRows(3, table.rowCount - 2)!.find((row) => row.getCell(2).text.startsWith('1.2 '))!;
    const actuals = [7, 10, 13, 16].map((column) => events.getCell(column).value);
    for (const [index, periodId] of [ids.q1, ids.q2].entries()) {
      const { indicatorProgress } = dataOf(
        await t.gql<{ indicatorProgress: { indicatorCode: string; actualValue: number }[] }>(
          `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${periodId}") { indicatorCode actualValue } }`,
        ),
      );
      expect(actuals[index]).toBe(indicatorProgress.find((row) => row.indicatorCode === '1.2')!.actualValue);
    }
    expect(actuals).toEqual([2, 10, 10, 10]);
    const women = table.getRow(events.number + 1);
    expect(women.getCell(3).text).toBe('sex: women');
    expect([7, 10].map((column) => women.getCell(column).value)).toEqual([1, 6]);

    const flat = workbook.getWorksheet('Data')!;
    expect(flat.getRow(1).getCell(1).text).toBe('componentId');
    expect(flat.rowCount).toBe(1 + 2 * 4);
  });

  it("counts only a programme officer's own offices", async () => {
    const { token } = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.dhaka.id]);
    const workbook = await workbookOf(
      await download(`?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}`, token),
    );
    const table = workbook.getWorksheet('Tracking table')!;
    const events = table.getRows(3, table.rowCount - 2)!.find((row) => row.getCell(2).text.startsWith('1.2 '))!;
    expect([7, 10].map((column) => events.getCell(column).value)).toEqual([2, 5]);
  });

  it('names the field of each bad request and sends no file', async () => {
    const fields = async (query: string) => {
      const response = await download(query);
      return { status: response.status, fields: JSON.parse(response.body.toString()).fields };
    };
    expect(await fields(`?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}`)).toMatchObject({
      status: 400,
      fields: [{ field: 'toPeriodId' }],
    });
    expect(await fields(`?frameworkId=${ids.framework}&fromPeriodId=${ids.q4}&toPeriodId=${ids.q1}`)).toMatchObject({
      status: 400,
      fields: [{ field: 'toPeriodId', message: '2009-Q1 comes before 2009-Q4' }],
    });
    expect(await fields(`?frameworkId=999999&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}`)).toMatchObject({
      status: 400,
      fields: [{ field: 'frameworkId' }],
    });
    const { token } = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.dhaka.id]);
    const other = await download(
      `?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}&officeId=${offices.yangon.id}`,
      token,
    );
    expect(other.status).toBe(403);
    const viewer = (await t.signedIn(Role.VIEWER, [])).token;
    const unpublished = await download(
      `?frameworkId=${ids.framework}&fromPeriodId=${ids.q1}&toPeriodId=${ids.q4}`,
      viewer,
    );
    expect(unpublished.status).toBe(400);
  });
});
