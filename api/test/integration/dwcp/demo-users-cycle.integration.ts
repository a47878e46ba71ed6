import { beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { DEMO_USERS } from '#src/datasets/demo/data/users.data.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// The whole cycle over GraphQL, signed in as the demo users of README.md, on the demo data:
// Dhaka's programme officer reports on Bangladesh for 2009-Q3, the regional manager reviews.
describe('the DWCP reporting cycle, as the demo users', () => {
  let t: TestApp;
  let po: string;
  let manager: string;
  let ids: Record<string, string>;
  let reportId: string;

  const login = async (email: string) => {
    const password = DEMO_USERS.find((user) => user.email === email)!.password;
    const { login } = dataOf(
      await t.gql<{ login: { token: string } }>(
        `mutation { login(email: "${email}", password: "${password}") { token } }`,
        undefined,
        null,
      ),
    );
    return login.token;
  };
  const as = async <T>(token: string, query: string) => dataOf(await t.gql<T>(query, undefined, token));
  const inbox = async (token: string) =>
    (await as<{ myNotifications: { kind: string }[] }>(token, '{ myNotifications { kind } }')).myNotifications.map(
      (n) => n.kind,
    );

  beforeAll(async () => {
    t = await sharedTestApp();
    await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
    po = await login('dhaka.po@example.org');
    manager = await login('manager@example.org');
    // The published 2008-09 strategy, not its draft 2010-11 version.
    const { allResultsFrameworks } = await as<{ allResultsFrameworks: { id: string; publishedAt: string | null }[] }>(
      po,
      '{ allResultsFrameworks(sortField: "startDate", sortOrder: "ASC") { id publishedAt } }',
    );
    const framework = allResultsFrameworks.find((candidate) => candidate.publishedAt !== null)!.id;
    const data = await as<{
      allCountryProgrammes: { id: string }[];
      allReportingPeriods: { id: string }[];
      allIndicators: { components: { id: string }[] }[];
      allOffices: { id: string }[];
    }>(
      po,
      `{ allCountryProgrammes(filter: { countryCode: "BGD" }) { id } allReportingPeriods(filter: { code: "2009-Q3" }) { id }
         allIndicators(filter: { code: "4.1", frameworkId: "${framework}" }) { components { id } } allOffices(filter: { code: "CO-DHAKA" }) { id } }`,
    );
    ids = {
      programme: data.allCountryProgrammes[0]!.id,
      q3: data.allReportingPeriods[0]!.id,
      framework,
      onlinePublications: data.allIndicators[0]!.components[1]!.id,
      dhaka: data.allOffices[0]!.id,
    };
  });

  it('runs draft, submit, return, fix, resubmit and approval, and the dashboard and compliance follow', async () => {
    const report = (
      await as<{ createProgressReport: { id: string; lines: { id: string; planItemId: string }[] } }>(
        po,
        `mutation { createProgressReport(programmeId: "${ids.programme}", periodId: "${ids.q3}") { id lines { id planItemId } } }`,
      )
    ).createProgressReport;
    reportId = report.id;
    const item = report.lines[0]!.planItemId;
    await as(
      po,
      `mutation { updateProgressReport(id: "${reportId}", version: 1, achievements: "Survey fieldwork done", lines: [{ planItemId: "${item}", status: ON_TRACK, percentComplete: 75 }], results: [{ componentId: "${ids.onlinePublications}", value: 14 }]) { id } }`,
    );
    await as(po, `mutation { submitProgressReport(id: "${reportId}", version: 2) { id } }`);
    expect(await inbox(manager)).toContain('REPORT_SUBMITTED');

    await as(
      manager,
      `mutation { returnProgressReport(id: "${reportId}", reason: "75 % looks optimistic", lineComments: [{ lineId: "${report.lines[0]!.id}", comment: "What is left to do?" }]) { id } }`,
    );
    const returned = await as<{
      ProgressReport: { status: string; returnReason: string; lines: { flagged: boolean; reviewerComment: string }[] };
    }>(po, `{ ProgressReport(id: "${reportId}") { status returnReason lines { flagged reviewerComment } } }`);
    expect(returned.ProgressReport).toEqual({
      status: 'RETURNED',
      returnReason: '75 % looks optimistic',
      lines: [{ flagged: true, reviewerComment: 'What is left to do?' }],
    });
    expect(await inbox(po)).toContain('REPORT_RETURNED');

    const fixed = await as<{
      updateProgressReport: { changesSinceReturn: { field: string; before: string; after: string }[] };
    }>(
      po,
      `mutation { updateProgressReport(id: "${reportId}", version: 2, lines: [{ planItemId: "${item}", status: ON_TRACK, percentComplete: 60, narrative: "Analysis remains" }]) { changesSinceReturn { field before after } } }`,
    );
    expect(fixed.updateProgressReport.changesSinceReturn).toEqual([
      { field: 'line A2.percentComplete', before: '75', after: '60' },
      { field: 'line A2.narrative', before: null, after: '"Analysis remains"' },
    ]);
    await as(po, `mutation { submitProgressReport(id: "${reportId}", version: 3) { id } }`);
    await as(manager, `mutation { approveProgressReport(id: "${reportId}") { id } }`);
    expect(await inbox(po)).toContain('REPORT_APPROVED');

    const dashboard = await as<{
      indicatorProgress: {
        indicatorCode: string;
        label: string;
        actualValue: number | null;
        achievementPercent: number | null;
      }[];
    }>(
      manager,
      `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${ids.q3}", officeId: "${ids.dhaka}") { indicatorCode label actualValue achievementPercent } }`,
    );
    expect(dashboard.indicatorProgress.find((row) => row.indicatorCode === '4.1' && row.label === '(ii)')).toEqual({
      indicatorCode: '4.1',
      label: '(ii)',
      actualValue: 14,
      achievementPercent: 26.7,
    });
    const { reportingCompliance } = await as<{
      reportingCompliance: { programmes: { countryCode: string; cells: { status: string }[] }[] };
    }>(manager, `{ reportingCompliance(periodIds: ["${ids.q3}"]) { programmes { countryCode cells { status } } } }`);
    const statusOf = (country: string) =>
      reportingCompliance.programmes.find((programme) => programme.countryCode === country)?.cells[0]?.status;
    expect(statusOf('BGD')).toBe('APPROVED');
    expect(statusOf('NPL')).toBe('NOT_STARTED');
  });
});
