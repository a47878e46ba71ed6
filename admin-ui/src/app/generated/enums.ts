export const Aggregation = {
  AVERAGE: 'AVERAGE',
  LATEST: 'LATEST',
  SUM: 'SUM'
} as const;

export type Aggregation = typeof Aggregation[keyof typeof Aggregation];
/** The way a change came in */
export const AuditPath = {
  ADMINISTRATION: 'ADMINISTRATION',
  CASCADE: 'CASCADE',
  FORM: 'FORM',
  SYSTEM: 'SYSTEM',
  TEMPLATE_IMPORT: 'TEMPLATE_IMPORT',
  WORKFLOW: 'WORKFLOW'
} as const;

export type AuditPath = typeof AuditPath[keyof typeof AuditPath];
export const CommunityStatus = {
  ACTIVE: 'ACTIVE',
  CLOSED: 'CLOSED',
  PLANNED: 'PLANNED'
} as const;

export type CommunityStatus = typeof CommunityStatus[keyof typeof CommunityStatus];
/** A programme quarter as of a date: not yet due, due, late, submitted, approved, closed without report */
export const ComplianceState = {
  APPROVED: 'APPROVED',
  CLOSED_WITHOUT_REPORT: 'CLOSED_WITHOUT_REPORT',
  DUE: 'DUE',
  LATE: 'LATE',
  NOT_YET_DUE: 'NOT_YET_DUE',
  SUBMITTED: 'SUBMITTED'
} as const;

export type ComplianceState = typeof ComplianceState[keyof typeof ComplianceState];
export const Direction = {
  DECREASE: 'DECREASE',
  INCREASE: 'INCREASE'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
export const FundingSource = {
  RB: 'RB',
  RBSA: 'RBSA',
  RBTC: 'RBTC',
  XBTC: 'XBTC'
} as const;

export type FundingSource = typeof FundingSource[keyof typeof FundingSource];
export const IndicatorScope = {
  /** I: internal to the Office only */
  INTERNAL: 'INTERNAL',
  /** I+E: the Office, constituents and external groups */
  INTERNAL_EXTERNAL: 'INTERNAL_EXTERNAL'
} as const;

export type IndicatorScope = typeof IndicatorScope[keyof typeof IndicatorScope];
/** English, French or Spanish */
export const Language = {
  EN: 'EN',
  ES: 'ES',
  FR: 'FR'
} as const;

export type Language = typeof Language[keyof typeof Language];
export const Measure = {
  MILESTONE: 'MILESTONE',
  NUMBER: 'NUMBER',
  PERCENT: 'PERCENT',
  TEXT: 'TEXT'
} as const;

export type Measure = typeof Measure[keyof typeof Measure];
export const MilestoneStatus = {
  ACHIEVED: 'ACHIEVED',
  IN_PROGRESS: 'IN_PROGRESS',
  NOT_ACHIEVED: 'NOT_ACHIEVED',
  NOT_STARTED: 'NOT_STARTED'
} as const;

export type MilestoneStatus = typeof MilestoneStatus[keyof typeof MilestoneStatus];
export const OfficeType = {
  COUNTRY: 'COUNTRY',
  HQ: 'HQ',
  REGIONAL: 'REGIONAL',
  SUBREGIONAL: 'SUBREGIONAL'
} as const;

export type OfficeType = typeof OfficeType[keyof typeof OfficeType];
export const PeriodKind = {
  BIENNIUM: 'BIENNIUM',
  QUARTER: 'QUARTER',
  YEAR: 'YEAR'
} as const;

export type PeriodKind = typeof PeriodKind[keyof typeof PeriodKind];
export const PeriodStatus = {
  /** Only returned reports can be resubmitted */
  CLOSED: 'CLOSED',
  /** Nothing can be created, edited or submitted */
  LOCKED: 'LOCKED',
  /** Results and reports can be entered */
  OPEN: 'OPEN'
} as const;

export type PeriodStatus = typeof PeriodStatus[keyof typeof PeriodStatus];
export const PlanItemKind = {
  ACTIVITY: 'ACTIVITY',
  OUTPUT: 'OUTPUT'
} as const;

export type PlanItemKind = typeof PlanItemKind[keyof typeof PlanItemKind];
export const PlanItemStatus = {
  CANCELLED: 'CANCELLED',
  COMPLETED: 'COMPLETED',
  DELAYED: 'DELAYED',
  NOT_STARTED: 'NOT_STARTED',
  ON_TRACK: 'ON_TRACK'
} as const;

export type PlanItemStatus = typeof PlanItemStatus[keyof typeof PlanItemStatus];
export const ProgrammeStatus = {
  ACTIVE: 'ACTIVE',
  CLOSED: 'CLOSED',
  DRAFT: 'DRAFT'
} as const;

export type ProgrammeStatus = typeof ProgrammeStatus[keyof typeof ProgrammeStatus];
export const ProgressStatus = {
  AT_RISK: 'AT_RISK',
  NOT_MEASURED: 'NOT_MEASURED',
  NO_DATA: 'NO_DATA',
  OFF_TRACK: 'OFF_TRACK',
  ON_TRACK: 'ON_TRACK'
} as const;

export type ProgressStatus = typeof ProgressStatus[keyof typeof ProgressStatus];
export const ReportStatus = {
  APPROVED: 'APPROVED',
  DRAFT: 'DRAFT',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type ReportStatus = typeof ReportStatus[keyof typeof ReportStatus];
export const Role = {
  ADMIN: 'ADMIN',
  KM_OFFICER: 'KM_OFFICER',
  PROGRAMME_OFFICER: 'PROGRAMME_OFFICER',
  REGIONAL_MANAGER: 'REGIONAL_MANAGER',
  VIEWER: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const TargetSource = {
  CHILD_OFFICES: 'CHILD_OFFICES',
  COMPONENT: 'COMPONENT',
  OFFICE: 'OFFICE',
  REGION: 'REGION'
} as const;

export type TargetSource = typeof TargetSource[keyof typeof TargetSource];
export const WorkAreaProgress = {
  COMPLETED: 'COMPLETED',
  DELAYED: 'DELAYED',
  IN_PROGRESS: 'IN_PROGRESS',
  NOT_STARTED: 'NOT_STARTED'
} as const;

export type WorkAreaProgress = typeof WorkAreaProgress[keyof typeof WorkAreaProgress];