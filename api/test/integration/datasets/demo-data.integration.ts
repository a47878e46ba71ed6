// @embedded: npm start loads the demo data into the embedded database: it must load the same there.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { claimDataset } from '#src/datasets/dataset-marker.js';
import { readFileSync } from 'node:fs';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { DEMO_USERS } from '#src/datasets/demo/data/users.data.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Component {
  id: string;
  label: string;
  effectiveMeasure: string;
  baselineValue: number | null;
  baselineNarrative: string | null;
  targetValue: number | null;
  targetNarrative: string | null;
  targetPeriod: { code: string } | null;
}

interface Indicator {
  code: string;
  title: string;
  scope: string;
  components: Component[];
}

// The published 2008-09 strategy's; the demo also holds its draft 2010-11 version (tested below).
const INDICATORS = `query ($frameworkId: ID!) {
  allOutcomes(sortField: "number", filter: { frameworkId: $frameworkId }) { number title indicators { code } }
  allIndicators(perPage: 100, filter: { frameworkId: $frameworkId }) {
    code title scope
    components { id label effectiveMeasure baselineValue baselineNarrative targetValue targetNarrative targetPeriod { code } }
  }
}`;

describe('demo data from the seeds', () => {
  let t: TestApp;
  let indicators: Map<string, Indicator>;
  let outcomes: { number: number; title: string; indicators: { code: string }[] }[];

  beforeAll(async () => {
    t = await sharedTestApp();
    expect(await t.app.get(DemoDataLoader).loadIntoEmptyDatabase()).toBe(true);
    const { allResultsFrameworks } = dataOf(
      await t.gql<{ allResultsFrameworks: { id: string; publishedAt: string | null }[] }>(
        '{ allResultsFrameworks { id publishedAt } }',
      ),
    );
    const frameworkId = allResultsFrameworks.find((framework) => framework.publishedAt !== null)!.id;
    const data = dataOf(
      await t.gql<{ allOutcomes: typeof outcomes; allIndicators: Indicator[] }>(INDICATORS, { frameworkId }),
    );
    outcomes = data.allOutcomes;
    indicators = new Map(data.allIndicators.map((indicator) => [indicator.code, indicator]));
  });

  it('has the six outcomes of the knowledge-sharing strategy and its 16 indicators', () => {
    expect(outcomes.map((outcome) => outcome.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(outcomes[1]!.title).toBe('Knowledge sharing is systematically incorporated into HR functions');
    expect([...indicators.keys()].sort()).toEqual(
      [
        '1.1',
        '2.1',
        '2.2',
        '2.3',
        '3.1',
        '3.2',
        '3.3',
        '4.1',
        '4.2',
        '5.1',
        '5.2',
        '6.1',
        '6.2',
        '6.3',
        '6.4',
        '6.5',
      ].sort(),
    );
    expect(outcomes[5]!.indicators.map((indicator) => indicator.code)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
  });

  it('splits every baseline and target into its numbered parts', () => {
    const parts = Object.fromEntries([...indicators].map(([code, indicator]) => [code, indicator.components.length]));
    expect(parts).toEqual({
      '1.1': 1,
      '2.1': 1,
      '2.2': 1,
      '2.3': 3,
      '3.1': 1,
      '3.2': 2,
      '3.3': 2,
      '4.1': 3,
      '4.2': 1,
      '5.1': 2,
      '5.2': 2,
      '6.1': 2,
      '6.2': 2,
      '6.3': 1,
      '6.4': 2,
      '6.5': 3,
    });
    expect(indicators.get('2.3')!.components.map((component) => component.label)).toEqual(['(i)', '(ii)', '(iii)']);
  });

  it('carries the numbers the seed gives', () => {
    const values = (code: string, index: number) => {
      const component = indicators.get(code)!.components[index]!;
      return [component.baselineValue, component.targetValue];
    };
    expect(values('4.1', 1)).toEqual([10, 25]);
    expect(values('6.2', 0)).toEqual([30, 60]);
    expect(values('6.2', 1)).toEqual([2, 25]);
    expect(values('6.1', 1)).toEqual([65, 100]);
    // 4.2 (i): the seed's 2 -> 4, revised to 6 from 2009-Q3 (the component shows the latest target).
    expect(values('4.2', 0)).toEqual([2, 6]);
    expect(values('1.1', 0)).toEqual([null, 3]);
    expect(values('5.2', 0)).toEqual([null, 50]);
  });

  it("keeps 4.2 (i)'s seed target as its first revision, then the region's and two offices' from 2009-Q3", async () => {
    const componentId = indicators.get('4.2')!.components[0]!.id;
    const { targetRevisions } = dataOf(
      await t.gql<{ targetRevisions: { officeId: string | null; targetValue: number; appliesFrom: string }[] }>(
        `query ($id: ID!) { targetRevisions(componentId: $id) { officeId targetValue appliesFrom } }`,
        { id: componentId },
      ),
    );
    expect(
      targetRevisions.map(({ officeId, targetValue, appliesFrom }) => [officeId !== null, targetValue, appliesFrom]),
    ).toEqual([
      [false, 4, '2008-01-01'],
      [false, 6, '2009-07-01'],
      [true, 3, '2009-07-01'],
      [true, 3, '2009-07-01'],
    ]);
  });

  it('words baselines and targets as the seed does, with truncated sentences finished', () => {
    const part = (code: string, index: number) => indicators.get(code)!.components[index]!;
    expect(part('4.1', 1).baselineNarrative).toBe('10 per cent of all ILO publications are available online.');
    expect(part('4.1', 1).targetNarrative).toBe('At least 25 per cent of all ILO publications are available online.');
    expect(part('2.3', 1).baselineNarrative).toBe('No specific database on retirees.');
    expect(part('6.5', 2).targetNarrative).toBe('At least one region uses full IRIS functionality.');
    expect(part('4.1', 0).effectiveMeasure).toBe('MILESTONE');
    expect(part('4.1', 1).effectiveMeasure).toBe('PERCENT');
  });

  it('sets the biennium as the target period, and end of 2008 for videoconferencing', () => {
    expect(indicators.get('1.1')!.components[0]!.targetPeriod?.code).toBe('2008-09');
    expect(indicators.get('6.1')!.components[1]!.targetPeriod?.code).toBe('2008');
  });

  it('has ROAP, its sub-regional and country offices, covering the 33 member States once each', async () => {
    const { allOffices } = dataOf(
      await t.gql<{
        allOffices: { code: string; type: string; parent: { code: string } | null; countries: string[] }[];
      }>('{ allOffices(perPage: 100) { code type parent { code } countries } }'),
    );
    const byCode = new Map(allOffices.map((office) => [office.code, office]));
    expect(byCode.get('ROAP')).toMatchObject({ type: 'REGIONAL', parent: { code: 'HQ' } });
    expect(byCode.get('CO-DHAKA')).toMatchObject({ type: 'COUNTRY', countries: ['BGD'] });
    expect(byCode.get('LO-YANGON')).toMatchObject({ type: 'COUNTRY', countries: ['MMR'] });
    expect(
      allOffices
        .filter((office) => office.type === 'SUBREGIONAL')
        .map((office) => office.code)
        .sort(),
    ).toEqual(['SRO-BANGKOK', 'SRO-NEW-DELHI', 'SRO-SUVA']);
    const countries = allOffices.flatMap((office) => office.countries);
    expect(countries).toHaveLength(33);
    expect(new Set(countries).size).toBe(33);
  });

  it('has quarters 2008-Q1 to 2011-Q4, the four years and both bienniums', async () => {
    const { allReportingPeriods } = dataOf(
      await t.gql<{ allReportingPeriods: { code: string; kind: string }[] }>(
        '{ allReportingPeriods(perPage: 100) { code kind } }',
      ),
    );
    const count = (kind: string) => allReportingPeriods.filter((period) => period.kind === kind).length;
    expect([count('QUARTER'), count('YEAR'), count('BIENNIUM')]).toEqual([16, 4, 2]);
    const codes = allReportingPeriods.map((period) => period.code);
    expect(codes).toEqual(expect.arrayContaining(['2008-Q1', '2009-Q2', '2011-Q4', '2008-09', '2010-11']));
  });

  it('has one demo user per role, who sign in with the passwords of README.md', async () => {
    const { allUsers } = dataOf(
      await t.gql<{ allUsers: { email: string; role: string; offices: { code: string }[] }[] }>(
        '{ allUsers(perPage: 20) { email role offices { code } } }',
      ),
    );
    const demo = allUsers.filter((user) => user.email !== 'test-admin@example.org');
    expect(demo.map((user) => user.role).sort()).toEqual([
      'ADMIN',
      'KM_OFFICER',
      'PROGRAMME_OFFICER',
      'REGIONAL_MANAGER',
      'VIEWER',
    ]);
    expect(demo.find((user) => user.role === 'PROGRAMME_OFFICER')).toMatchObject({
      email: 'dhaka.po@example.org',
      offices: [{ code: 'CO-DHAKA' }],
    });
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    for (const user of DEMO_USERS) {
      expect(readme).toMatch(new RegExp(`\\|\\s*${user.email.replace('.', '\\.')}\\s*\\|\\s*${user.password}\\s*\\|`));
      const login = await t.gql(
        `mutation { login(email: "${user.email}", password: "${user.password}") { token } }`,
        undefined,
        null,
      );
      expect(dataOf(login)).toEqual({ login: { token: expect.any(String) } });
    }
  });

  it('has five demo DWCPs, marked as demo, with reports in every state of the workflow', async () => {
    const { allCountryProgrammes, allProgressReports } = dataOf(
      await t.gql<{
        allCountryProgrammes: { countryCode: string; title: string }[];
        allProgressReports: { status: string }[];
      }>('{ allCountryProgrammes { countryCode title } allProgressReports { status } }'),
    );
    expect(allCountryProgrammes.map((programme) => programme.countryCode).sort()).toEqual([
      'BGD',
      'IDN',
      'KHM',
      'NPL',
      'VNM',
    ]);
    expect(allCountryProgrammes.every((programme) => programme.title.endsWith('(demo)'))).toBe(true);
    expect([...new Set(allProgressReports.map((report) => report.status))].sort()).toEqual([
      'APPROVED',
      'DRAFT',
      'RETURNED',
      'SUBMITTED',
    ]);
  });

  it('shows a compliance matrix a manager recognises, as of the demo day (2009-08-20)', async () => {
    const periods = (await t.dataSource.query(
      `SELECT code, id FROM reporting_period WHERE code IN ('2008-Q4', '2009-Q1', '2009-Q2', '2009-Q3')`,
    )) as { code: string; id: number }[];
    const codeOf = new Map(periods.map((period) => [String(period.id), period.code]));
    const { reportingCompliance } = dataOf(
      await t.gql<{
        reportingCompliance: {
          asOf: string;
          programmes: { countryCode: string; cells: { periodId: string; state: string }[] }[];
        };
      }>(
        `{ reportingCompliance(periodIds: [${periods.map((period) => `"${period.id}"`).join(', ')}]) {
             asOf programmes { countryCode cells { periodId state } } } }`,
      ),
    );
    expect(reportingCompliance.asOf).toBe('2009-08-20');
    const matrix = Object.fromEntries(
      reportingCompliance.programmes.map((programme) => [
        programme.countryCode,
        Object.fromEntries(programme.cells.map((cell) => [codeOf.get(cell.periodId), cell.state])),
      ]),
    );
    // 2008-Q4 and 2009-Q1 are closed: approved where a report came, closed without report where none did.
    // 2009-Q2 was due on 15 July: submitted, approved, returned after an on-time submission (due again),
    // a draft still not submitted (late), nothing at all (late). 2009-Q3 is under way.
    const closed = 'CLOSED_WITHOUT_REPORT';
    expect(matrix).toEqual({
      BGD: { '2008-Q4': closed, '2009-Q1': 'APPROVED', '2009-Q2': 'SUBMITTED', '2009-Q3': 'NOT_YET_DUE' },
      KHM: { '2008-Q4': closed, '2009-Q1': 'APPROVED', '2009-Q2': 'DUE', '2009-Q3': 'NOT_YET_DUE' },
      IDN: { '2008-Q4': closed, '2009-Q1': closed, '2009-Q2': 'LATE', '2009-Q3': 'NOT_YET_DUE' },
      NPL: { '2008-Q4': closed, '2009-Q1': closed, '2009-Q2': 'LATE', '2009-Q3': 'NOT_YET_DUE' },
      VNM: { '2008-Q4': closed, '2009-Q1': 'APPROVED', '2009-Q2': 'APPROVED', '2009-Q3': 'NOT_YET_DUE' },
    });
  });

  it("gives the demo reports' results the kind of figure each component measures", async () => {
    const results = (await t.dataSource.query(
      `SELECT i.code, c.position, COALESCE(c.measure, i.measure) AS measure, r.value, r.milestone_status AS milestone
         FROM indicator_result r
         JOIN indicator_component c ON c.id = r.component_id
         JOIN indicator i ON i.id = c.indicator_id`,
    )) as { code: string; measure: string; value: number | null; milestone: string | null }[];
    expect(results.length).toBeGreaterThan(0);
    const misfits = results.filter((result) =>
      result.measure === 'MILESTONE' ? result.milestone === null || result.value !== null : result.milestone !== null,
    );
    expect(misfits).toEqual([]);
  });

  it("has ROAP's Q2 2009 KM update of seed 001, worded as the seed words it", async () => {
    const { allQuarterlyUpdates } = dataOf(
      await t.gql<{
        allQuarterlyUpdates: {
          office: { code: string };
          period: { code: string };
          authors: string;
          areaOfWork: string;
          executiveSummary: string;
          milestonesIntro: string;
          milestones: { startDate: string; endDate: string | null; title: string; description: string }[];
          workAreaStatuses: { status: string; workArea: { number: number; title: string; description: string } }[];
          criticalIssues: { title: string; description: string }[];
          keyContacts: { name: string; title: string; email: string }[];
        }[];
      }>(`{ allQuarterlyUpdates(perPage: 50) {
        office { code } period { code } authors areaOfWork executiveSummary milestonesIntro
        milestones { startDate endDate title description }
        workAreaStatuses { status workArea { number title description } }
        criticalIssues { title description } keyContacts { name title email } } }`),
    );
    expect(allQuarterlyUpdates).toHaveLength(1);
    const [update] = allQuarterlyUpdates;
    expect(update).toMatchObject({
      office: { code: 'ROAP' },
      period: { code: '2009-Q2' },
      authors: 'JA, GT, SF',
      areaOfWork: 'Knowledge Management',
      milestonesIntro: 'The key milestones outlined below are in addition to those covered in the Q1 2009 update:',
    });
    expect(update!.executiveSummary).toMatch(/^ILO as a global organization, has been engaged in knowledge management/);
    expect(update!.executiveSummary).toMatch(
      /supported by strong human resources and information technology considerations\.$/,
    );
    // The seed lists 10 milestone bullets, all reached within Q2 2009.
    expect(update!.milestones).toHaveLength(10);
    expect(update!.milestones.map((milestone) => [milestone.startDate, milestone.endDate])).toEqual([
      ['2009-04-01', '2009-05-29'],
      ['2009-04-10', null],
      ['2009-04-27', '2009-05-11'],
      ['2009-05-01', null],
      ['2009-05-01', '2009-06-29'],
      ['2009-05-12', '2009-05-16'],
      ['2009-05-14', null],
      ['2009-05-21', '2009-05-22'],
      ['2009-05-24', '2009-05-28'],
      ['2009-06-26', null],
    ]);
    expect(update!.milestones[5]).toMatchObject({
      title: 'Web Content Management System Training (WCMS) – ILO Yangon',
      description: expect.stringMatching(
        /^The Web Content Management System Training \(WCMS\) – ILO Yangon represents/,
      ),
    });
    expect(update!.milestones[4]!.description).toBe(
      '10 tailored three-hour coaching sessions were conducted for SRO and ROAP teams (covering approximately 80 staff) focusing on the utility of new features and applications of the KSP from the perspective of the individual staff member, the team and the office at large.',
    );
    expect(update!.workAreaStatuses.map(({ status, workArea }) => [workArea.number, workArea.title, status])).toEqual([
      [1, 'Establishing a KM advocacy & awareness campaign regionally', 'IN_PROGRESS'],
      [2, 'Rolling out the WCMS regionally', 'IN_PROGRESS'],
      [3, 'Continuing to improve the KSP and establish a Asia Pacific KM Network for ILO staff', 'IN_PROGRESS'],
      [4, 'Polishing and facilitating growth of existing CoPs (APYouthNet / Skills-AP)', 'IN_PROGRESS'],
      [5, 'Supporting the continuous implementation of technical KM advice regionally', 'IN_PROGRESS'],
    ]);
    expect(update!.criticalIssues.map((issue) => issue.title)).toEqual([
      'Unlocking the KM / KS factor',
      'Buy-in by staff',
      'Technical incompatibilities of CO infrastructure and WCMS requirements',
      'Participation of KSP/CoP members',
    ]);
    expect(update!.criticalIssues[1]!.description).toBe(
      'i.e. resistance to embrace a different way of working with a set of new approaches, systems and tools designed to introduce efficiencies in the workplace.',
    );
    expect(update!.keyContacts).toEqual([
      { name: 'Guy Thijs', title: 'Deputy Regional Director', email: 'thijs@ilo.org' },
      { name: 'Johan Arvling', title: 'Senior Programme Officer for Knowledge Management', email: 'arvling@ilo.org' },
      { name: 'Sophy Fisher', title: 'Regional Information Officer', email: 'fisher@ilo.org' },
    ]);
  });

  it("has ROAP's five communities of practice, AP-IRNet's target of 85 members and APYouthNet's discussion", async () => {
    const { allCommunityOfPractices } = dataOf(
      await t.gql<{
        allCommunityOfPractices: {
          acronym: string;
          theme: string;
          status: string;
          targetMembership: number;
          membershipTargets: { memberGroup: string; targetMembers: number }[];
          discussions: { startDate: string; endDate: string; topic: string; reach: number | null }[];
        }[];
      }>(`{ allCommunityOfPractices(sortField: "id") {
        acronym theme status targetMembership
        membershipTargets { memberGroup targetMembers } discussions { startDate endDate topic reach } } }`),
    );
    expect(allCommunityOfPractices.map(({ acronym, theme }) => [acronym, theme])).toEqual([
      ['APYouthNet', 'Youth Employment'],
      ['Skills-AP', 'Skills Development and Disabilities'],
      ['Green Jobs-AP', 'Green Jobs'],
      ['AP-MagNet', 'Migration and Anti Human Trafficking'],
      ['AP-IRNet', 'Industrial Relations'],
    ]);
    const byAcronym = new Map(allCommunityOfPractices.map((community) => [community.acronym, community]));
    const irNet = byAcronym.get('AP-IRNet')!;
    expect(irNet.targetMembership).toBe(85);
    expect(irNet.membershipTargets.map((target) => target.targetMembers)).toEqual([15, 10, 20, 20, 20]);
    expect(irNet.membershipTargets[4]!.memberGroup).toBe('Employer Association leaders');
    expect(byAcronym.get('APYouthNet')!.discussions).toEqual([
      {
        startDate: '2009-04-27',
        endDate: '2009-05-11',
        topic: 'Youth Enterprise and the Effects of the Global Financial Crisis',
        reach: 500,
      },
    ]);
  });

  it('loads only into an empty database, and never into a synthetic one', async () => {
    const loader = t.app.get(DemoDataLoader);
    expect(await loader.loadIntoEmptyDatabase()).toBe(false);
    await t.reset();
    await t.dataSource.transaction((manager) => claimDataset(manager, 'synthetic'));
    await expect(loader.loadIntoEmptyDatabase()).rejects.toThrow(/holds synthetic data/);
  });
});
