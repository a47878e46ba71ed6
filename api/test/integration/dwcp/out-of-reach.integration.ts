import { beforeAll, describe, expect, it } from '@jest/globals';
import type ExcelJS from 'exceljs';
import { Role } from '#src/platform/auth/role.enum.js';
import { sharedTestApp, type GraphQLResponse, type TestApp } from '#test/utils/test-app.js';
import {
  templateFixture,
  templateWorkbook,
  toBuffer,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';

// No record has this id: what the API says about it is what it must say about a record out of reach.
const MISSING = 2_000_000_000;

interface Answer {
  data: unknown;
  errors: { code?: string; message: string; fields?: { field: string; message: string }[] }[] | undefined;
}

/** The response with the id written as <id>, so that two ids compare by what is said about them. */
const shapeOf = (response: GraphQLResponse, id: number | string): Answer => {
  const hide = (text: string) => text.replaceAll(String(id), '<id>');
  return {
    data: response.data === undefined ? undefined : JSON.parse(hide(JSON.stringify(response.data))),
    errors: response.errors?.map((error) => ({
      code: error.extensions?.code,
      message: hide(error.message),
      fields: error.extensions?.fields?.map((f) => ({ field: hide(f.field), message: hide(f.message) })),
    })),
  };
};

/**
 * A record out of the caller's reach is answered exactly as one that does not exist: same code,
 * same words with the id substituted, in reads, writes, references to other records, messages
 * and template imports. Dhaka's programme officer and KM officer against Jakarta's records.
 */
describe('out of reach answers as nonexistent', () => {
  let t: TestApp;
  let fixture: TemplateFixture;
  let km: string;
  /** A record of another office (out of Dhaka's reach) per type, and Dhaka's own ones. */
  const other = {} as Record<string, number>;
  const own = {} as Record<string, number>;

  const firstId = async (sql: string, officeId: string, negate: boolean): Promise<number> => {
    const rows = (await t.dataSource.query(sql.replace('$OP', negate ? '<>' : '='), [Number(officeId)])) as {
      id: number;
    }[];
    if (!rows[0]) throw new Error(`no record for ${sql}`);
    return rows[0].id;
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await templateFixture(t);
    km = (await t.signedIn(Role.KM_OFFICER, [Number(fixture.ids.dhaka)])).token;
    const queries: Record<string, string> = {
      programme: 'SELECT id FROM country_programme WHERE office_id $OP $1 ORDER BY id',
      plan: `SELECT p.id FROM implementation_plan p JOIN country_programme c ON c.id = p.programme_id
              WHERE c.office_id $OP $1 ORDER BY p.id`,
      outcome: `SELECT o.id FROM programme_outcome o JOIN country_programme c ON c.id = o.programme_id
                 WHERE c.office_id $OP $1 ORDER BY o.id`,
      item: `SELECT i.id FROM plan_item i JOIN implementation_plan p ON p.id = i.plan_id
              JOIN country_programme c ON c.id = p.programme_id WHERE c.office_id $OP $1 ORDER BY i.id`,
      report: 'SELECT id FROM progress_report WHERE office_id $OP $1 ORDER BY id',
      line: `SELECT l.id FROM progress_report_line l JOIN progress_report r ON r.id = l.report_id
              WHERE r.office_id $OP $1 ORDER BY l.id`,
      update: 'SELECT id FROM quarterly_update WHERE office_id $OP $1 ORDER BY id',
      community: 'SELECT id FROM community_of_practice WHERE office_id $OP $1 ORDER BY id',
      workArea: 'SELECT id FROM work_area WHERE office_id $OP $1 ORDER BY id',
    };
    for (const [key, sql] of Object.entries(queries)) {
      other[key] = await firstId(sql, fixture.ids.dhaka, true);
      own[key] = await firstId(sql, fixture.ids.dhaka, false).catch(() => 0);
    }
    own.report = Number(fixture.ids.report);
  });

  /** Each case: a request with $ID where the id goes, and who sends it. */
  const cases = (): { name: string; query: string; token: 'po' | 'km'; id: keyof typeof other }[] => [
    { name: 'CountryProgramme(id)', query: '{ CountryProgramme(id: "$ID") { id } }', token: 'po', id: 'programme' },
    { name: 'PlanItem(id)', query: '{ PlanItem(id: "$ID") { id } }', token: 'po', id: 'item' },
    { name: 'ProgressReport(id)', query: '{ ProgressReport(id: "$ID") { id } }', token: 'po', id: 'report' },
    {
      name: 'auditTrail of a report',
      query: '{ auditTrail(entityType: "ProgressReport", entityId: "$ID") { action } }',
      token: 'po',
      id: 'report',
    },
    {
      name: 'auditTrail of a line',
      query: '{ auditTrail(entityType: "ProgressReportLine", entityId: "$ID") { action } }',
      token: 'po',
      id: 'line',
    },
    {
      name: 'updateCountryProgramme',
      query: 'mutation { updateCountryProgramme(id: "$ID", title: "Taken") { id } }',
      token: 'po',
      id: 'programme',
    },
    {
      name: 'deleteProgressReport',
      query: 'mutation { deleteProgressReport(id: "$ID") { id } }',
      token: 'po',
      id: 'report',
    },
    {
      name: 'submitProgressReport',
      query: 'mutation { submitProgressReport(id: "$ID", version: 1) { id } }',
      token: 'po',
      id: 'report',
    },
    {
      name: 'updatePlanItem',
      query: 'mutation { updatePlanItem(id: "$ID", title: "Taken") { id } }',
      token: 'po',
      id: 'item',
    },
    {
      name: 'createProgrammeOutcome in another office’s programme',
      query: 'mutation { createProgrammeOutcome(programmeId: "$ID", code: "X9", title: "Taken") { id } }',
      token: 'po',
      id: 'programme',
    },
    {
      name: 'createImplementationPlan in another office’s programme',
      query: 'mutation { createImplementationPlan(programmeId: "$ID", year: 2009) { id } }',
      token: 'po',
      id: 'programme',
    },
    {
      name: 'createProgressReport for another office’s programme',
      query: `mutation { createProgressReport(programmeId: "$ID", periodId: "${fixture.ids.q3}") { id } }`,
      token: 'po',
      id: 'programme',
    },
    {
      name: 'createPlanItem in another office’s plan',
      query: `mutation { createPlanItem(planId: "$ID", code: "X9", title: "Taken", kind: ACTIVITY, fundingSource: RB,
                startPeriodId: "${fixture.ids.q3}", endPeriodId: "${fixture.ids.q3}") { id } }`,
      token: 'po',
      id: 'plan',
    },
    {
      name: 'updatePlanItem pointing at another programme’s outcome',
      query: `mutation { updatePlanItem(id: "${own.item}", programmeOutcomeId: "$ID") { id } }`,
      token: 'po',
      id: 'outcome',
    },
    {
      name: 'a report line pointing at another office’s plan item',
      query: `mutation { updateProgressReport(id: "${own.report}", version: 1,
                lines: [{ planItemId: "$ID", status: ON_TRACK }]) { id } }`,
      token: 'po',
      id: 'item',
    },
    {
      name: 'createCriticalIssue in another office’s KM update',
      query: 'mutation { createCriticalIssue(updateId: "$ID", title: "Taken", description: "x") { id } }',
      token: 'km',
      id: 'update',
    },
    {
      name: 'createCopDiscussion in another office’s community',
      query: `mutation { createCopDiscussion(communityId: "$ID", topic: "Taken", startDate: "2009-07-01",
                endDate: "2009-07-02") { id } }`,
      token: 'km',
      id: 'community',
    },
    {
      name: 'createKmMilestone with another office’s community',
      query: `mutation { createKmMilestone(officeId: "${fixture.ids.dhaka}", communityId: "$ID", title: "Taken",
                description: "x", startDate: "2009-07-01") { id } }`,
      token: 'km',
      id: 'community',
    },
    {
      name: 'createWorkAreaStatus in another office’s work area',
      query: `mutation { createWorkAreaStatus(workAreaId: "$ID", periodId: "${fixture.ids.q3}", status: ON_TRACK) { id } }`,
      token: 'km',
      id: 'workArea',
    },
  ];

  it('answers every read, write and reference to another office’s record as it answers a missing id', async () => {
    const differences: unknown[] = [];
    for (const { name, query, token, id } of cases()) {
      const send = (value: number) =>
        t.gql(query.replaceAll('$ID', String(value)), undefined, token === 'po' ? fixture.po : km);
      const outOfReach = shapeOf(await send(other[id]!), other[id]!);
      const missing = shapeOf(await send(MISSING), MISSING);
      if (JSON.stringify(outOfReach) !== JSON.stringify(missing)) differences.push({ name, outOfReach, missing });
    }
    expect(differences).toEqual([]);
  });

  it('never names another office or its records in those answers', async () => {
    const codes = (await t.dataSource.query(
      `SELECT code FROM office WHERE id <> $1 AND code <> '' UNION SELECT code FROM plan_item UNION SELECT code FROM programme_outcome`,
      [Number(fixture.ids.dhaka)],
    )) as { code: string }[];
    for (const { query, token, id } of cases()) {
      const response = await t.gql(
        query.replaceAll('$ID', String(other[id])),
        undefined,
        token === 'po' ? fixture.po : km,
      );
      const text = JSON.stringify(response.errors ?? []);
      for (const { code } of codes)
        expect({ query, named: text.includes(`"${code}`) || text.includes(` ${code} `) }).toEqual({
          query,
          named: false,
        });
    }
  });

  it('still refuses, as FORBIDDEN, a record the caller may read but not change', async () => {
    const manager = (await t.signedIn(Role.REGIONAL_MANAGER, [Number(fixture.ids.dhaka)])).token;
    const response = await t.gql(
      `mutation { updateCountryProgramme(id: "${own.programme}", title: "Taken") { id } }`,
      undefined,
      manager,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a template row pointing at another office’s line as one pointing at no line', async () => {
    const upload = async (lineId: number) => {
      const workbook: ExcelJS.Workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
      const lines = workbook.getWorksheet('Plan items')!;
      lines.getCell('A2').value = lineId;
      lines.getCell('F2').value = 'Completed';
      const response = await uploadTemplate(t, await toBuffer(workbook), fixture.po);
      return { status: response.status, body: response.body as { code: string; problems?: unknown[] } };
    };
    const outOfReach = await upload(other.line!);
    const missing = await upload(MISSING);
    expect(outOfReach.status).toBe(400);
    expect(outOfReach.body.problems).toEqual(missing.body.problems);
    expect(JSON.stringify(outOfReach.body)).not.toMatch(/CO-JAKARTA|another office/);
  });

  it('answers a template whose hidden report ids point at another office’s report as one pointing at none', async () => {
    const upload = async (reportId: number) => {
      const workbook: ExcelJS.Workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
      workbook.getWorksheet('Report')!.getCell('A2').value = reportId;
      const response = await uploadTemplate(t, await toBuffer(workbook), fixture.po);
      return {
        status: response.status,
        body: response.body as { code?: string; message?: string; problems?: unknown },
      };
    };
    const outOfReach = await upload(other.report!);
    const missing = await upload(MISSING);
    const said = ({
      status,
      body,
    }: {
      status: number;
      body: { code?: string; message?: string; problems?: unknown };
    }) => ({ status, code: body.code, message: body.message, problems: body.problems });
    expect(said(outOfReach)).toEqual(said(missing));
    expect(outOfReach.status).toBe(400);
  });

  it('has records of another office for every case', () => {
    for (const key of Object.keys(other)) expect({ key, id: other[key]! > 0 }).toEqual({ key, id: true });
  });
});
