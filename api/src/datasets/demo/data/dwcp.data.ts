import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { LineStatus, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

export interface DemoDwcp {
  officeCode: string;
  countryCode: string;
  title: string;
  startYear: number;
  endYear: number;
  outcomes: { code: string; title: string; frameworkOutcome?: number }[];
  /** Items of the 2009 plan. */
  items: {
    code: string;
    outcome: string;
    kind: PlanItemKind;
    title: string;
    from: string;
    to: string;
    funding: FundingSource;
    budgetUsd: number;
    /** Spent to date, US$ (at most the budget). */
    expenditureUsd?: number;
    /** For an activity: the code of the output it sits under. */
    parent?: string;
    knowledgeSharing: boolean;
    /** Indicator components the item contributes to, as "4.2 (i)". */
    components: string[];
  }[];
  /** The 2009 plan's review status; DRAFT when not given. */
  planStatus?: ReportStatus;
  /** 2009 reports: their status and each line's status and % complete, by item code. */
  reports: {
    period: string;
    status: ReportStatus;
    achievements: string;
    lines: Record<string, [LineStatus, number]>;
    returnReason?: string;
    flag?: [string, string];
    /** A result the reviewer flagged when returning the report: component ("4.2 (i)") and comment. */
    resultFlag?: [string, string];
    /** Lines started from the previous quarter's report, as a new report starts them, not yet confirmed. */
    carriedForward?: boolean;
    /** Indicator results the report carries, by component ("4.2 (i)"): a number or a milestone status. */
    results?: Record<string, number | MilestoneStatus>;
  }[];
}

// Not from the seeds: the seeds describe the DWCP reporting pilot (001) but no programme's
// content. Every record below says "(demo)" in its title so that nobody takes it for a real
// programme; the countries and offices are real.
const DEMO = '(demo)';

export const DEMO_DWCPS: DemoDwcp[] = [
  {
    officeCode: 'CO-DHAKA',
    countryCode: 'BGD',
    title: `Bangladesh Decent Work Country Programme 2006-2009 ${DEMO}`,
    startYear: 2006,
    endYear: 2009,
    outcomes: [
      { code: 'BGD101', title: `Improved labour market information ${DEMO}`, frameworkOutcome: 4 },
      {
        code: 'BGD102',
        title: `Knowledge shared with constituents through the CO web site ${DEMO}`,
        frameworkOutcome: 6,
      },
    ],
    items: [
      {
        code: 'A1',
        outcome: 'BGD102',
        kind: PlanItemKind.ACTIVITY,
        title: `WCMS training for CO staff ${DEMO}`,
        from: '2009-Q2',
        to: '2009-Q2',
        funding: FundingSource.RBSA,
        budgetUsd: 15000,
        knowledgeSharing: true,
        components: ['3.2 (ii)'],
      },
      {
        code: 'A2',
        outcome: 'BGD101',
        kind: PlanItemKind.OUTPUT,
        title: `Labour force survey brief ${DEMO}`,
        from: '2009-Q1',
        to: '2009-Q4',
        funding: FundingSource.RB,
        budgetUsd: 30000,
        knowledgeSharing: false,
        components: ['4.2 (i)'],
      },
    ],
    reports: [
      {
        period: '2009-Q1',
        status: ReportStatus.APPROVED,
        achievements: `Survey design agreed with the statistics bureau ${DEMO}`,
        lines: { A2: [LineStatus.ON_TRACK, 25] },
        results: { '4.2 (i)': 3 },
      },
      {
        period: '2009-Q2',
        status: ReportStatus.SUBMITTED,
        achievements: `CO staff trained on WCMS; Dhaka web site launched ${DEMO}`,
        lines: { A1: [LineStatus.COMPLETED, 100], A2: [LineStatus.ON_TRACK, 50] },
        results: { '3.2 (ii)': 40 },
      },
    ],
  },
  {
    officeCode: 'SRO-BANGKOK',
    countryCode: 'KHM',
    title: `Cambodia Decent Work Country Programme 2008-2010 ${DEMO}`,
    startYear: 2008,
    endYear: 2010,
    outcomes: [{ code: 'KHM101', title: `Youth employment knowledge network ${DEMO}`, frameworkOutcome: 5 }],
    items: [
      {
        code: 'A1',
        outcome: 'KHM101',
        kind: PlanItemKind.ACTIVITY,
        title: `National youth employment forum ${DEMO}`,
        from: '2009-Q1',
        to: '2009-Q3',
        funding: FundingSource.XBTC,
        budgetUsd: 45000,
        knowledgeSharing: true,
        components: ['5.2 (ii)'],
      },
    ],
    reports: [
      {
        period: '2009-Q1',
        status: ReportStatus.APPROVED,
        achievements: `Forum partners identified ${DEMO}`,
        lines: { A1: [LineStatus.ON_TRACK, 20] },
        results: { '5.2 (ii)': MilestoneStatus.IN_PROGRESS },
      },
      {
        period: '2009-Q2',
        status: ReportStatus.RETURNED,
        achievements: `Forum postponed ${DEMO}`,
        lines: { A1: [LineStatus.DELAYED, 30] },
        returnReason: 'Please give the new date of the forum and what it depends on.',
        flag: ['A1', 'Which partner asked for the delay?'],
        results: { '5.2 (ii)': MilestoneStatus.IN_PROGRESS },
        resultFlag: ['5.2 (ii)', 'Is the network still in progress with its forum postponed? Say what is left to do.'],
      },
      {
        // Started in August: its line starts from Q2's, carried forward until the officer confirms it.
        period: '2009-Q3',
        status: ReportStatus.DRAFT,
        achievements: `New forum date under discussion ${DEMO}`,
        lines: { A1: [LineStatus.NOT_STARTED, 0] },
        carriedForward: true,
      },
    ],
  },
  {
    officeCode: 'CO-JAKARTA',
    countryCode: 'IDN',
    title: `Indonesia Decent Work Country Programme 2006-2010 ${DEMO}`,
    startYear: 2006,
    endYear: 2010,
    outcomes: [{ code: 'IDN101', title: `Green jobs knowledge products ${DEMO}`, frameworkOutcome: 4 }],
    items: [
      {
        code: 'O1',
        outcome: 'IDN101',
        kind: PlanItemKind.OUTPUT,
        title: `Green jobs assessment ${DEMO}`,
        from: '2009-Q2',
        to: '2009-Q4',
        funding: FundingSource.RBTC,
        budgetUsd: 60000,
        knowledgeSharing: true,
        components: ['4.1 (i)'],
      },
      {
        code: 'A1',
        outcome: 'IDN101',
        parent: 'O1',
        kind: PlanItemKind.ACTIVITY,
        title: `Green jobs assessment fieldwork in two provinces ${DEMO}`,
        from: '2009-Q3',
        to: '2009-Q4',
        funding: FundingSource.RBTC,
        budgetUsd: 25000,
        expenditureUsd: 4000,
        knowledgeSharing: false,
        components: [],
      },
    ],
    reports: [
      {
        period: '2009-Q2',
        status: ReportStatus.DRAFT,
        achievements: `Terms of reference drafted ${DEMO}`,
        lines: { O1: [LineStatus.ON_TRACK, 10] },
      },
    ],
  },
  {
    officeCode: 'CO-KATHMANDU',
    countryCode: 'NPL',
    title: `Nepal Decent Work Country Programme 2008-2010 ${DEMO}`,
    startYear: 2008,
    endYear: 2010,
    outcomes: [{ code: 'NPL101', title: `Constituents use labour market information ${DEMO}` }],
    // Waiting for the manager's review (the Bangladesh plan stays a draft: its officer and the tests add items to it).
    planStatus: ReportStatus.SUBMITTED,
    items: [
      {
        code: 'A1',
        outcome: 'NPL101',
        kind: PlanItemKind.ACTIVITY,
        title: `WCMS roll-out to the CO web site ${DEMO}`,
        from: '2009-Q3',
        to: '2009-Q4',
        funding: FundingSource.RB,
        budgetUsd: 8000,
        knowledgeSharing: true,
        components: ['6.2 (i)'],
      },
    ],
    reports: [],
  },
  {
    officeCode: 'CO-HANOI',
    countryCode: 'VNM',
    title: `Viet Nam Decent Work Country Programme 2006-2010 ${DEMO}`,
    startYear: 2006,
    endYear: 2010,
    outcomes: [{ code: 'VNM101', title: `Industrial relations knowledge sharing ${DEMO}`, frameworkOutcome: 5 }],
    // Submitted, then approved through the plan workflow: its audit shows both steps.
    planStatus: ReportStatus.APPROVED,
    items: [
      {
        code: 'A1',
        outcome: 'VNM101',
        kind: PlanItemKind.ACTIVITY,
        title: `Good-practice exchange on collective bargaining ${DEMO}`,
        from: '2009-Q1',
        to: '2009-Q2',
        funding: FundingSource.RB,
        budgetUsd: 12000,
        knowledgeSharing: true,
        components: ['5.2 (ii)'],
      },
    ],
    reports: [
      {
        period: '2009-Q1',
        status: ReportStatus.APPROVED,
        achievements: `Exchange programme agreed with the social partners ${DEMO}`,
        lines: { A1: [LineStatus.ON_TRACK, 40] },
        results: { '5.2 (ii)': MilestoneStatus.IN_PROGRESS },
      },
      {
        period: '2009-Q2',
        status: ReportStatus.APPROVED,
        achievements: `Exchange held with 40 participants ${DEMO}`,
        lines: { A1: [LineStatus.COMPLETED, 100] },
        results: { '5.2 (ii)': MilestoneStatus.ACHIEVED },
      },
    ],
  },
];
