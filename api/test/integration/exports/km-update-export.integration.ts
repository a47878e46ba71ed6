// @embedded: the workbook reads everything inside one read transaction before streaming, on the single connection.
import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Role } from '#src/platform/auth/role.enum.js';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { DEMO_COMMUNITIES, Q2_2009_UPDATE } from '#src/datasets/demo/data/km-content.data.js';
import { milestoneDate } from '#src/exports/km-update/update-sheet.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

const cellsOf = (sheet: ExcelJS.Worksheet): string[] => {
  const values: string[] = [];
  // A merged block's other cells repeat its first cell's value: count it once.
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.master.address === cell.address) values.push(String(cell.text));
    }),
  );
  return values;
};

describe('the quarterly KM update workbook', () => {
  let t: TestApp;
  let ids: { roap: string; dhaka: string; q2: string; year: string };
  let km: string;

  const download = (query: string, token: string | null = km) => {
    const call = request(t.app.getHttpServer()).get(`/exports/km-update${query}`).buffer(true).parse(binary);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    expect(await t.app.get(DemoDataLoader).loadIntoEmptyDatabase()).toBe(true);
    const { allOffices, allReportingPeriods } = dataOf(
      await t.gql<{ allOffices: { id: string; code: string }[]; allReportingPeriods: { id: string; code: string }[] }>(
        '{ allOffices(perPage: 100) { id code } allReportingPeriods(perPage: 100) { id code } }',
      ),
    );
    const office = (code: string) => allOffices.find((candidate) => candidate.code === code)!.id;
    const period = (code: string) => allReportingPeriods.find((candidate) => candidate.code === code)!.id;
    ids = { roap: office('ROAP'), dhaka: office('CO-DHAKA'), q2: period('2009-Q2'), year: period('2009') };
    km = (await t.signedIn(Role.KM_OFFICER, [Number(ids.roap)])).token;
  });

  it("gives back seed 001's Q2 2009 update of ROAP, sheet by sheet", async () => {
    const response = await download(`?officeId=${ids.roap}&periodId=${ids.q2}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="ROAP-KM-update-2009-Q2.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Update',
      'Indicators',
      'DWCP reporting',
      'Communities',
    ]);

    const update = cellsOf(workbook.getWorksheet('Update')!);
    expect(update.slice(0, 3)).toEqual([
      'International Labour Organization',
      'Regional Office for Asia and the Pacific (ROAP)',
      'Knowledge Management Update',
    ]);
    expect(update).toEqual(
      expect.arrayContaining(['Author(s):', 'JA, GT, SF', 'Period Covered:', 'Q2 – 2009', 'ILO Office:', 'ROAP']),
    );
    expect(update).toContain(Q2_2009_UPDATE.executiveSummary);
    for (const milestone of Q2_2009_UPDATE.milestones) {
      expect(update).toContain(milestone.dated);
      expect(update).toContain(milestone.description);
    }
    for (const area of Q2_2009_UPDATE.workAreas) expect(update).toContain(`${area.number}. ${area.title}`);
    for (const issue of Q2_2009_UPDATE.criticalIssues)
      expect(update).toEqual(expect.arrayContaining([issue.title, issue.description]));
    for (const contact of Q2_2009_UPDATE.keyContacts)
      expect(update).toEqual(expect.arrayContaining([contact.name, contact.email]));

    const indicators = workbook.getWorksheet('Indicators')!;
    expect(indicators.rowCount).toBe(1 + 29);
    expect(indicators.getRow(1).getCell(7).text).toBe('Actual 2009-Q2');
    expect(cellsOf(indicators)).toEqual(
      expect.arrayContaining([
        '4.2 Number of additional labour market data series that are available in the form of regional estimates',
      ]),
    );
    // 4.2 (i) is revised to 6 from 2009-Q3 in the demo: Q2 keeps the target in force then, and says so.
    expect(indicators.getRow(1).getCell(11).text).toBe('Target used');
    const series = indicators.getRows(2, 29)!.find((row) => String(row.getCell(2).text).startsWith('4.2 '))!;
    expect([series.getCell(6).value, series.getCell(11).text]).toEqual([4, "Region's target from 2008-01-01"]);

    const communities = cellsOf(workbook.getWorksheet('Communities')!);
    for (const community of DEMO_COMMUNITIES) expect(communities).toContain(`${community.name} (${community.acronym})`);
    const irnet = workbook
      .getWorksheet('Communities')!
      .getRows(2, 40)!
      .filter((row) => String(row.getCell(1).text).includes('AP-IRNet'));
    expect(irnet.map((row) => Number(row.getCell(5).value))).toEqual([15, 10, 20, 20, 20]);

    const compliance = cellsOf(workbook.getWorksheet('DWCP reporting')!);
    expect(compliance).toEqual(expect.arrayContaining(['CO-DHAKA', 'SUBMITTED']));
  });

  it('sets every sheet up to print on A4, fitted to the width, with its header repeated and frozen', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`?officeId=${ids.roap}&periodId=${ids.q2}`)).body as ArrayBuffer);
    for (const sheet of workbook.worksheets) {
      expect({ sheet: sheet.name, paper: sheet.pageSetup.paperSize, fit: sheet.pageSetup.fitToWidth }).toEqual({
        sheet: sheet.name,
        paper: 9,
        fit: 1,
      });
      expect(sheet.pageSetup.printTitlesRow).toMatch(/^1:\d+$/);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
    }
  });

  it('writes text that looks like a formula as text', async () => {
    const { allQuarterlyUpdates } = dataOf(
      await t.gql<{ allQuarterlyUpdates: { id: string }[] }>(
        `{ allQuarterlyUpdates(filter: { periodId: "${ids.q2}" }) { id } }`,
      ),
    );
    const formula = '=HYPERLINK("http://example.org","click")';
    dataOf(
      await t.gql(
        `mutation ($u: ID!, $t: String!) { createCriticalIssue(updateId: $u, title: $t, description: "+1 -1 @x") { id } }`,
        { u: allQuarterlyUpdates[0]!.id, t: formula },
      ),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`?officeId=${ids.roap}&periodId=${ids.q2}`)).body as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.getWorksheet('Update')!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const injected = cells.find((cell) => cell.value === formula)!;
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it('refuses bad requests with the field and reason, before any file is sent', async () => {
    const missing = await download(`?officeId=${ids.roap}`);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body.toString())).toMatchObject({ fields: [{ field: 'periodId' }] });
    const year = await download(`?officeId=${ids.roap}&periodId=${ids.year}`);
    expect(year.status).toBe(400);
    expect(JSON.parse(year.body.toString()).fields[0]).toEqual({ field: 'periodId', message: '2009 is not a quarter' });
    const po = (await t.signedIn(Role.PROGRAMME_OFFICER, [Number(ids.dhaka)])).token;
    const foreign = await download(`?officeId=${ids.roap}&periodId=${ids.q2}`, po);
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body.toString()).fields[0].field).toBe('officeId');
    const viewer = (await t.signedIn(Role.VIEWER, [])).token;
    expect((await download(`?officeId=${ids.roap}&periodId=${ids.q2}`, viewer)).status).toBe(403);
    expect((await download(`?officeId=${ids.roap}&periodId=${ids.q2}`, null)).status).toBe(401);
  });

  it('dates milestones as the seed does', () => {
    expect(milestoneDate('2009-04-10', null)).toBe('April 10');
    expect(milestoneDate('2009-05-12', '2009-05-16')).toBe('May 12 – 16');
    expect(milestoneDate('2009-04-01', '2009-05-29')).toBe('April 1 – May 29');
  });
});
