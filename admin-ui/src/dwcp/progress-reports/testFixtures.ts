import type {
  DueComponent,
  ProgrammeOutcomeSummary,
  ReportDetail,
  ReportLine,
} from '../../app/dataProvider/progressReports';

// Report data for the component and unit tests (shaped like the API's answers).

export const outcomes: ProgrammeOutcomeSummary[] = [
  { id: '2', code: 'BGD102', title: 'Knowledge shared' },
  { id: '1', code: 'BGD101', title: 'Labour market information' },
];

export const line = (
  id: string,
  code: string,
  programmeOutcomeId: string | null,
  extra: Partial<ReportLine> = {},
): ReportLine => ({
  id,
  planItemId: `p${id}`,
  status: 'ON_TRACK',
  percentComplete: 50,
  narrative: null,
  challenges: null,
  flagged: false,
  reviewerComment: null,
  carriedForward: false,
  planItem: { id: `p${id}`, code, title: `Item ${code}`, programmeOutcomeId, componentIds: [] },
  ...extra,
});

export const component = (
  id: string,
  indicatorCode: string,
  label: string,
  outcomeNumber: number,
  measure: DueComponent['effectiveMeasure'],
): DueComponent => ({
  id,
  label,
  effectiveMeasure: measure,
  unit: null,
  indicator: {
    id: `i${indicatorCode}`,
    code: indicatorCode,
    title: `Indicator ${indicatorCode}`,
    outcome: { id: `o${outcomeNumber}`, number: outcomeNumber, title: `Outcome ${outcomeNumber}` },
  },
});

export const report = (extra: Partial<ReportDetail> = {}): ReportDetail => ({
  id: '7',
  status: 'DRAFT',
  version: 3,
  officeId: '13',
  programmeId: '1',
  periodId: '30',
  achievements: 'Trained 20 staff',
  challenges: null,
  nextSteps: null,
  returnReason: null,
  submittedAt: null,
  updatedAt: '2009-10-01T10:00:00Z',
  period: { id: '30', code: '2009-Q3' },
  programme: { id: '1', title: 'Bangladesh DWCP' },
  lines: [line('1', 'A2', '1'), line('2', 'A1', '2'), line('3', 'A3', null)],
  results: [
    {
      id: '90',
      componentId: 'c2',
      value: 12,
      milestoneStatus: null,
      flagged: false,
      reviewerComment: null,
      narrative: 'twelve',
      evidenceLinks: ['https://example.org/a'],
      disaggregations: [{ dimension: 'sex', category: 'women', value: 12 }],
    },
  ],
  dueComponents: [
    component('c1', '2.1', '(i)', 2, 'MILESTONE'),
    component('c2', '1.1', '(i)', 1, 'NUMBER'),
    component('c3', '1.1', '(ii)', 1, 'PERCENT'),
  ],
  changesSinceReturn: [],
  ...extra,
});
