// @embedded: npm start loads the demo data into the embedded database: its framework version and plan steps must load there too.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Framework {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  publishedAt: string | null;
  predecessor: { id: string } | null;
}

// Issue 17's features as the demo shows them: the strategy's next version, and plans along their workflow.
describe('demo data: framework versions and the plan workflow', () => {
  let t: TestApp;
  let frameworks: Framework[];
  /** The published strategy's indicators, by code. */
  let indicators: Map<string, { components: { label: string }[] }>;

  beforeAll(async () => {
    t = await sharedTestApp();
    expect(await t.app.get(DemoDataLoader).loadIntoEmptyDatabase()).toBe(true);
    frameworks = dataOf(
      await t.gql<{ allResultsFrameworks: Framework[] }>(
        '{ allResultsFrameworks(sortField: "startDate", sortOrder: "ASC") { id title startDate endDate publishedAt predecessor { id } } }',
      ),
    ).allResultsFrameworks;
    const { allIndicators } = dataOf(
      await t.gql<{ allIndicators: { code: string; components: { label: string }[] }[] }>(
        'query ($id: ID!) { allIndicators(perPage: 100, filter: { frameworkId: $id }) { code components { label } } }',
        { id: frameworks[0]!.id },
      ),
    );
    indicators = new Map(allIndicators.map((indicator) => [indicator.code, indicator]));
  });

  it('publishes the knowledge strategy 2008-09 to viewers, and only that version', async () => {
    expect(frameworks.map(({ title, publishedAt }) => [title, publishedAt !== null])).toEqual([
      ['ILO knowledge-sharing strategy 2008-09', true],
      ['ILO knowledge-sharing strategy 2010-11', false],
    ]);
    const viewer = await t.signedIn(Role.VIEWER);
    const seen = dataOf(
      await t.gql<{ allResultsFrameworks: { title: string }[] }>(
        '{ allResultsFrameworks { title } }',
        {},
        viewer.token,
      ),
    );
    expect(seen.allResultsFrameworks.map((framework) => framework.title)).toEqual([
      'ILO knowledge-sharing strategy 2008-09',
    ]);
  });

  it('has a draft 2010-11 version of the strategy, copied from 2008-09, every indicator linked to its predecessor', async () => {
    const [previous, next] = frameworks;
    expect([next!.startDate, next!.endDate, next!.predecessor?.id]).toEqual(['2010-01-01', '2011-12-31', previous!.id]);
    const { allIndicators } = dataOf(
      await t.gql<{
        allIndicators: {
          code: string;
          components: { label: string }[];
          predecessor: { id: string; code: string; frameworkId: string } | null;
        }[];
      }>(
        `query ($frameworkId: ID!) {
          allIndicators(perPage: 100, filter: { frameworkId: $frameworkId }) {
            code components { label } predecessor { id code frameworkId }
          }
        }`,
        { frameworkId: next!.id },
      ),
    );
    expect(allIndicators.map((indicator) => indicator.code).sort()).toEqual([...indicators.keys()].sort());
    for (const indicator of allIndicators) {
      expect([indicator.predecessor?.code, indicator.predecessor?.frameworkId]).toEqual([indicator.code, previous!.id]);
      expect(indicator.components.map((component) => component.label)).toEqual(
        indicators.get(indicator.code)!.components.map((component) => component.label),
      );
    }
    // Written as copyResultsFramework writes it: the administrator's form, one CREATE per row.
    const { auditTrail } = dataOf(
      await t.gql<{ auditTrail: { action: string; via: string; userEmail: string | null }[] }>(
        `query ($id: ID!) { auditTrail(entityType: "ResultsFramework", entityId: $id) { action via userEmail } }`,
        { id: next!.id },
      ),
    );
    expect(auditTrail).toEqual([{ action: 'CREATE', via: 'FORM', userEmail: 'admin@example.org' }]);
  });

  it('has a yearly plan approved through the plan workflow, and one submitted waiting for review', async () => {
    const { allImplementationPlans, allCountryProgrammes } = dataOf(
      await t.gql<{
        allImplementationPlans: { id: string; status: string; programmeId: string }[];
        allCountryProgrammes: { id: string; countryCode: string }[];
      }>(
        `{ allImplementationPlans(perPage: 100) { id status programmeId }
           allCountryProgrammes(perPage: 100) { id countryCode } }`,
      ),
    );
    const country = new Map(allCountryProgrammes.map((programme) => [programme.id, programme.countryCode]));
    const plans = new Map(allImplementationPlans.map((plan) => [country.get(plan.programmeId)!, plan]));
    expect(Object.fromEntries([...plans].map(([code, plan]) => [code, plan.status]))).toEqual({
      BGD: 'DRAFT',
      KHM: 'DRAFT',
      IDN: 'DRAFT',
      NPL: 'SUBMITTED',
      VNM: 'APPROVED',
    });
    const steps = async (code: string) =>
      dataOf(
        await t.gql<{ auditTrail: { action: string; via: string; userEmail: string | null }[] }>(
          `query ($id: ID!) { auditTrail(entityType: "ImplementationPlan", entityId: $id) { action via userEmail } }`,
          { id: plans.get(code)!.id },
        ),
      ).auditTrail.filter((entry) => entry.via === 'WORKFLOW');
    expect(await steps('VNM')).toEqual([
      { action: 'SUBMIT', via: 'WORKFLOW', userEmail: 'admin@example.org' },
      { action: 'APPROVE', via: 'WORKFLOW', userEmail: 'manager@example.org' },
    ]);
    expect(await steps('NPL')).toEqual([{ action: 'SUBMIT', via: 'WORKFLOW', userEmail: 'admin@example.org' }]);
  });

  it("has Cambodia's returned 2009-Q2 report with a flagged result, and its 2009-Q3 draft carried forward from it", async () => {
    const { allProgressReports, allCountryProgrammes, allReportingPeriods } = dataOf(
      await t.gql<{
        allProgressReports: {
          programmeId: string;
          periodId: string;
          status: string;
          lines: { status: string; percentComplete: number | null; carriedForward: boolean }[];
          results: { milestoneStatus: string | null; flagged: boolean; reviewerComment: string | null }[];
        }[];
        allCountryProgrammes: { id: string }[];
        allReportingPeriods: { id: string; code: string }[];
      }>(
        `{ allCountryProgrammes(filter: { countryCode: "KHM" }) { id }
           allReportingPeriods(perPage: 100, filter: { kind: QUARTER }) { id code }
           allProgressReports(perPage: 100) {
             programmeId periodId status
             lines { status percentComplete carriedForward }
             results { milestoneStatus flagged reviewerComment }
           } }`,
      ),
    );
    const code = new Map(allReportingPeriods.map((period) => [period.id, period.code]));
    const cambodia = new Map(
      allProgressReports
        .filter((report) => report.programmeId === allCountryProgrammes[0]!.id)
        .map((report) => [code.get(report.periodId)!, report]),
    );
    expect(cambodia.get('2009-Q2')).toMatchObject({
      status: 'RETURNED',
      results: [{ milestoneStatus: 'IN_PROGRESS', flagged: true, reviewerComment: expect.stringMatching(/forum/) }],
    });
    expect(cambodia.get('2009-Q3')).toMatchObject({
      status: 'DRAFT',
      lines: [{ status: 'DELAYED', percentComplete: 30, carriedForward: true }],
    });
  });
});
