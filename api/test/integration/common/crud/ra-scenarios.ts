import type { RaRecord } from 'ra-core';

type Data = Record<string, unknown>;

/** Finds the demo data's records a new one hangs from, through the provider itself. */
export interface ScenarioContext {
  /** The first record (by id) of `resource` that `filter` selects: the demo data's, made before the test's own. */
  first(resource: string, filter: Data): Promise<RaRecord>;
}

/** How a user would work with one resource in the interface, on the demo data. */
export interface ResourceScenario {
  /** A new record, as a create form sends it. */
  create(ctx: ScenarioContext): Promise<Data>;
  /** What a user would type in the list's search box to find it: codes, titles, office, quarter. */
  searches: string[];
  /** What the user changes on the edit page; the rest of the record goes back as it was read. */
  change: Data;
  /** The parents a list of these can be narrowed to (`<ReferenceManyField target>`), as its filter declares them. */
  references: string[];
}

const id = async (ctx: ScenarioContext, resource: string, filter: Data) => (await ctx.first(resource, filter)).id;
const office = (ctx: ScenarioContext, code: string) => id(ctx, 'Office', { code });
const period = (ctx: ScenarioContext, code: string) => id(ctx, 'ReportingPeriod', { code });
const programme = (ctx: ScenarioContext, countryCode: string) => id(ctx, 'CountryProgramme', { countryCode });
const indicator = (ctx: ScenarioContext, code: string) => id(ctx, 'Indicator', { code });
const component42 = async (ctx: ScenarioContext) =>
  id(ctx, 'IndicatorComponent', { indicatorId: await indicator(ctx, '4.2') });
const roapUpdate = async (ctx: ScenarioContext) => id(ctx, 'QuarterlyUpdate', { officeId: await office(ctx, 'ROAP') });
const roapCommunity = async (ctx: ScenarioContext) =>
  id(ctx, 'CommunityOfPractice', { officeId: await office(ctx, 'ROAP') });

/** One scenario per resource the API serves; the test checks that none is missing or extra. */
export const SCENARIOS: Record<string, ResourceScenario> = {
  Office: {
    create: async (ctx) => ({
      code: 'CO-VIENTIANE',
      name: 'ILO Country Office for the Lao PDR (test)',
      type: 'COUNTRY',
      parentId: await office(ctx, 'ROAP'),
      countries: ['LAO'],
    }),
    searches: ['co-vientiane', 'LAO', 'lao pdr'],
    change: { name: 'ILO Office for the Lao PDR (test)' },
    references: ['parentId'],
  },
  ReportingPeriod: {
    create: async () => ({ code: '2012-Q1' }),
    searches: ['2012-Q1'],
    change: { dueDate: '2012-04-30' },
    references: [],
  },
  User: {
    create: async (ctx) => ({
      email: 'provider.test@example.org',
      name: 'Provider Test',
      role: 'KM_OFFICER',
      password: 'Provider-test-2012',
      officeIds: [await office(ctx, 'ROAP')],
    }),
    searches: ['provider.test', 'provider km_officer'],
    change: { name: 'Provider Tested' },
    references: [],
  },
  ResultsFramework: {
    create: async () => ({
      title: 'Decent work results framework 2012-13 (test)',
      startDate: '2012-01-01',
      endDate: '2013-12-31',
    }),
    searches: ['framework 2012-13'],
    change: { description: 'Changed on the edit page' },
    references: [],
  },
  Outcome: {
    create: async (ctx) => ({
      frameworkId: await id(ctx, 'ResultsFramework', { q: 'knowledge-sharing' }),
      number: 7,
      title: 'Results shared beyond the region (test)',
    }),
    searches: ['beyond the region'],
    change: { description: 'Changed on the edit page' },
    references: ['frameworkId'],
  },
  Indicator: {
    create: async (ctx) => ({
      outcomeId: await id(ctx, 'Outcome', { number: 6 }),
      code: '6.9',
      title: 'Knowledge products translated (test)',
      measure: 'NUMBER',
      scope: 'INTERNAL',
      components: [{ baselineValue: 0, targetValue: 12 }],
    }),
    searches: ['6.9', 'products translated'],
    change: { description: 'Changed on the edit page' },
    references: ['frameworkId', 'outcomeId'],
  },
  IndicatorComponent: {
    create: async (ctx) => ({
      indicatorId: await indicator(ctx, '4.2'),
      baselineValue: 5,
      targetValue: 30,
      unit: 'guides',
    }),
    searches: ['4.2 guides'],
    change: { targetNarrative: 'Thirty guides by the end of 2009' },
    references: ['indicatorId'],
  },
  IntermediateTarget: {
    create: async (ctx) => ({
      componentId: await component42(ctx),
      periodId: await period(ctx, '2009'),
      officeId: await office(ctx, 'CO-DHAKA'),
      value: 5,
      narrative: 'Five by the end of the year (test)',
    }),
    searches: ['4.2 2009'],
    change: { narrative: 'Five by December (test)' },
    references: ['componentId', 'officeId', 'periodId'],
  },
  IndicatorResult: {
    create: async (ctx) => ({
      componentId: await component42(ctx),
      periodId: await period(ctx, '2009-Q3'),
      officeId: await office(ctx, 'CO-DHAKA'),
      value: 12,
      narrative: 'Twelve guides (test)',
      disaggregations: [
        { dimension: 'sex', category: 'women', value: 7 },
        { dimension: 'sex', category: 'men', value: 5 },
      ],
      evidenceLinks: ['https://www.ilo.org/asia'],
    }),
    searches: ['CO-DHAKA 2009-Q3', '4.2 dhaka'],
    change: { narrative: 'Twelve guides, seven for women (test)' },
    references: ['componentId', 'officeId', 'periodId'],
  },
  CountryProgramme: {
    create: async (ctx) => ({
      officeId: await office(ctx, 'CO-DHAKA'),
      countryCode: 'BGD',
      title: 'Bangladesh Decent Work Country Programme 2010-2012 (test)',
      startYear: 2010,
      endYear: 2012,
    }),
    searches: ['co-dhaka 2010-2012'],
    change: { title: 'Bangladesh Decent Work Country Programme 2010-2012 (test, renamed)' },
    references: ['officeId'],
  },
  ProgrammeOutcome: {
    create: async (ctx) => ({
      programmeId: await programme(ctx, 'BGD'),
      code: 'BGD199',
      title: 'Safer workplaces (test)',
    }),
    searches: ['BGD199', 'bangladesh safer'],
    change: { description: 'Changed on the edit page' },
    references: ['programmeId'],
  },
  ImplementationPlan: {
    create: async (ctx) => ({ programmeId: await programme(ctx, 'IDN'), year: 2010 }),
    searches: ['2010 indonesia'],
    change: { notes: 'Changed on the edit page' },
    references: ['programmeId'],
  },
  PlanItem: {
    create: async (ctx) => {
      const programmeId = await programme(ctx, 'BGD');
      return {
        planId: await id(ctx, 'ImplementationPlan', { programmeId }),
        programmeOutcomeId: await id(ctx, 'ProgrammeOutcome', { programmeId }),
        kind: 'OUTPUT',
        code: 'O9',
        title: 'Guides printed (test)',
        startPeriodId: await period(ctx, '2009-Q3'),
        endPeriodId: await period(ctx, '2009-Q4'),
        fundingSource: 'RB',
      };
    },
    searches: ['O9 guides printed'],
    change: { responsible: 'CO-Dhaka programme unit' },
    references: ['planId', 'programmeOutcomeId'],
  },
  ProgressReport: {
    create: async (ctx) => ({ programmeId: await programme(ctx, 'BGD'), periodId: await period(ctx, '2009-Q3') }),
    searches: ['CO-DHAKA 2009-Q3', 'bangladesh 2009-q3'],
    change: { achievements: 'Guides drafted with the constituents (test)' },
    references: ['officeId', 'periodId', 'programmeId'],
  },
  QuarterlyUpdate: {
    create: async (ctx) => ({
      officeId: await office(ctx, 'ROAP'),
      periodId: await period(ctx, '2009-Q3'),
      authors: 'KM team (test)',
      areaOfWork: 'Knowledge management',
      executiveSummary: 'A quiet quarter (test)',
    }),
    searches: ['ROAP 2009-Q3'],
    change: { executiveSummary: 'A busy quarter (test)' },
    references: ['officeId', 'periodId'],
  },
  CriticalIssue: {
    create: async (ctx) => ({
      updateId: await roapUpdate(ctx),
      title: 'Translation backlog (test)',
      description: 'Three guides wait for translation',
    }),
    searches: ['backlog', 'ROAP 2009-Q2 translation'],
    change: { description: 'Two guides wait for translation' },
    references: ['updateId'],
  },
  KeyContact: {
    create: async (ctx) => ({
      updateId: await roapUpdate(ctx),
      name: 'Test Contact',
      title: 'Knowledge officer',
      email: 'test.contact@example.org',
    }),
    searches: ['test.contact', 'contact 2009-Q2'],
    change: { title: 'Senior knowledge officer' },
    references: ['updateId'],
  },
  KmMilestone: {
    create: async (ctx) => ({
      officeId: await office(ctx, 'ROAP'),
      startDate: '2009-08-10',
      title: 'Regional KM workshop (test)',
      description: 'Held in Bangkok',
      communityId: await roapCommunity(ctx),
      componentIds: [await component42(ctx)],
    }),
    searches: ['ROAP workshop', 'APYouthNet workshop'],
    change: { description: 'Held in Bangkok with 40 participants' },
    references: ['communityId', 'officeId'],
  },
  WorkArea: {
    create: async (ctx) => ({ officeId: await office(ctx, 'ROAP'), number: 9, title: 'Translation (test)' }),
    searches: ['roap translation'],
    change: { description: 'Changed on the edit page' },
    references: ['officeId'],
  },
  WorkAreaStatus: {
    create: async (ctx) => ({
      workAreaId: await id(ctx, 'WorkArea', { officeId: await office(ctx, 'ROAP') }),
      periodId: await period(ctx, '2009-Q3'),
      status: 'DELAYED',
      note: 'Waiting for funds (test)',
    }),
    searches: ['2009-Q3 delayed'],
    change: { note: 'Funds arrived late (test)' },
    references: ['periodId', 'workAreaId'],
  },
  CommunityOfPractice: {
    create: async (ctx) => ({
      officeId: await office(ctx, 'ROAP'),
      name: 'Asia-Pacific Translators Network (test)',
      acronym: 'AP-TransNet',
      theme: 'Translation',
    }),
    searches: ['AP-TransNet', 'roap translators'],
    change: { description: 'Changed on the edit page' },
    references: ['officeId'],
  },
  CopMembershipTarget: {
    create: async (ctx) => ({
      communityId: await roapCommunity(ctx),
      memberGroup: 'Translators (test)',
      targetMembers: 40,
    }),
    searches: ['APYouthNet translators'],
    change: { currentMembers: 12 },
    references: ['communityId'],
  },
  CopDiscussion: {
    create: async (ctx) => ({
      communityId: await roapCommunity(ctx),
      startDate: '2009-07-01',
      endDate: '2009-07-15',
      topic: 'Youth employment and translation (test)',
    }),
    searches: ['APYouthNet translation'],
    change: { summary: 'Changed on the edit page' },
    references: ['communityId'],
  },
};
