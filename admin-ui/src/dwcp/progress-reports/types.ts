// The progress-report workflow's data, as the API sends and takes it (see dataProvider/progressReports.ts).

export type ReportStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
export type PlanItemStatus = 'NOT_STARTED' | 'ON_TRACK' | 'DELAYED' | 'COMPLETED' | 'CANCELLED';
export type MilestoneStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'ACHIEVED' | 'NOT_ACHIEVED';
export type Measure = 'NUMBER' | 'PERCENT' | 'MILESTONE' | 'TEXT';

/** The quarter a programme reports on now. */
export interface ReportingTask {
  programmeId: string;
  programmeTitle: string;
  officeId: string;
  periodId: string;
  periodCode: string;
  dueDate: string;
  reportId: string | null;
  status: ReportStatus | null;
  version: number | null;
}

export interface ReportPlanItem {
  id: string;
  code: string;
  title: string;
  programmeOutcomeId: string | null;
  componentIds: string[];
}

export interface ReportLine {
  id: string;
  planItemId: string;
  status: PlanItemStatus;
  percentComplete: number | null;
  narrative: string | null;
  challenges: string | null;
  flagged: boolean;
  reviewerComment: string | null;
  planItem: ReportPlanItem;
}

export interface Disaggregation {
  dimension: string;
  category: string;
  value: number;
}

export interface ReportResult {
  id: string;
  componentId: string;
  value: number | null;
  milestoneStatus: MilestoneStatus | null;
  narrative: string | null;
  evidenceLinks: string[];
  disaggregations: Disaggregation[];
}

export interface DueComponent {
  id: string;
  label: string;
  effectiveMeasure: Measure;
  unit: string | null;
  indicator: { id: string; code: string; title: string; outcome: { id: string; number: number; title: string } };
}

export interface ReportChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ProgrammeOutcomeSummary {
  id: string;
  code: string;
  title: string;
}

/** A report with everything its one screen shows. */
export interface ReportDetail {
  id: string;
  status: ReportStatus;
  version: number;
  officeId: string;
  programmeId: string;
  periodId: string;
  achievements: string | null;
  challenges: string | null;
  nextSteps: string | null;
  returnReason: string | null;
  submittedAt: string | null;
  updatedAt: string;
  period: { id: string; code: string };
  programme: { id: string; title: string };
  lines: ReportLine[];
  results: ReportResult[];
  dueComponents: DueComponent[];
  changesSinceReturn: ReportChange[];
}

export interface ReportLineInput {
  planItemId: string;
  status: PlanItemStatus;
  percentComplete: number | null;
  narrative: string | null;
  challenges: string | null;
}

export interface ReportResultInput {
  componentId: string;
  value: number | null;
  milestoneStatus: MilestoneStatus | null;
  narrative: string | null;
  evidenceLinks: string[];
  disaggregations: Disaggregation[];
}

export interface ReportSaveInput {
  id: string;
  version: number;
  achievements: string | null;
  challenges: string | null;
  nextSteps: string | null;
  lines: ReportLineInput[];
  results: ReportResultInput[];
}

/** What a save or a workflow step answers: enough to carry on editing. */
export interface ReportState {
  id: string;
  status: ReportStatus;
  version: number;
  updatedAt: string;
}

export interface LineComment {
  lineId: string;
  comment: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}
