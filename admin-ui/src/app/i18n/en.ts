import type { EnumLabels } from '../common/enumChoices';

// The strings of the app shell, the enum labels and the download messages, in English. fr.ts and es.ts are typed
// from this object: a key missing there, or there only, does not compile; they load only when chosen.

// A label for every value of every enum in the schema (a new value does not compile until labelled), listed in the
// order screens offer them: enumChoices and enumValues read that order, since the schema sorts values alphabetically.
const enums: EnumLabels = {
  Measure: { NUMBER: 'Number', PERCENT: 'Percentage', MILESTONE: 'Milestone', TEXT: 'Narrative' },
  Aggregation: { LATEST: 'Latest value', SUM: 'Sum', AVERAGE: 'Average' },
  Direction: { INCREASE: 'Increase', DECREASE: 'Decrease' },
  IndicatorScope: { INTERNAL: 'I (internal)', INTERNAL_EXTERNAL: 'I+E (internal and external)' },
  MilestoneStatus: {
    NOT_STARTED: 'Not started',
    IN_PROGRESS: 'In progress',
    ACHIEVED: 'Achieved',
    NOT_ACHIEVED: 'Not achieved',
  },
  OfficeType: {
    HQ: 'Headquarters',
    REGIONAL: 'Regional office',
    SUBREGIONAL: 'Sub-regional office',
    COUNTRY: 'Country office',
  },
  PeriodKind: { QUARTER: 'Quarter', YEAR: 'Year', BIENNIUM: 'Biennium' },
  PeriodStatus: { OPEN: 'Open', CLOSED: 'Closed', LOCKED: 'Locked' },
  ProgrammeStatus: { DRAFT: 'Draft', ACTIVE: 'Active', CLOSED: 'Closed' },
  FundingSource: { RB: 'RB', RBSA: 'RBSA', RBTC: 'RBTC', XBTC: 'XBTC' },
  PlanItemKind: { OUTPUT: 'Output', ACTIVITY: 'Activity' },
  PlanItemStatus: {
    NOT_STARTED: 'Not started',
    ON_TRACK: 'On track',
    DELAYED: 'Delayed',
    COMPLETED: 'Completed',
    CANCELLED: 'Cancelled',
  },
  TargetSource: {
    REGION: "Region's target",
    OFFICE: "Office's own target",
    CHILD_OFFICES: "Sum of its offices' targets",
    COMPONENT: "Part's target",
  },
  ReportStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved' },
  ProgressStatus: {
    ON_TRACK: 'On track',
    AT_RISK: 'At risk',
    OFF_TRACK: 'Off track',
    NO_DATA: 'No data',
    NOT_MEASURED: 'Not measured',
  },
  Role: {
    ADMIN: 'Administrator',
    REGIONAL_MANAGER: 'Regional manager',
    KM_OFFICER: 'Knowledge management officer',
    PROGRAMME_OFFICER: 'Programme officer',
    VIEWER: 'Viewer',
  },
  WorkAreaProgress: {
    NOT_STARTED: 'Not started',
    IN_PROGRESS: 'In progress',
    DELAYED: 'Delayed',
    COMPLETED: 'Completed',
  },
  CommunityStatus: { PLANNED: 'Planned', ACTIVE: 'Active', CLOSED: 'Closed' },
  AuditPath: {
    FORM: 'Form',
    TEMPLATE_IMPORT: 'Template import',
    WORKFLOW: 'Workflow step',
    ADMINISTRATION: 'Administration',
    CASCADE: 'With its parent',
    SYSTEM: 'System',
  },
  Language: { EN: 'English', FR: 'French', ES: 'Spanish' },
  ComplianceState: {
    NOT_YET_DUE: 'Not yet due',
    DUE: 'Due',
    LATE: 'Late',
    SUBMITTED: 'Submitted',
    APPROVED: 'Approved',
    CLOSED_WITHOUT_REPORT: 'Closed without report',
  },
};

export const en = {
  app: {
    title: 'ROAP results tracker',
    menu: { framework: 'Results framework', dwcp: 'Country programmes', admin: 'Administration' },
    language: 'Language',
    password: {
      menu: 'Change my password',
      title: 'Change my password',
      explanation: 'Your other sessions will be signed out; this one goes on.',
      currentPassword: 'Current password',
      newPassword: 'New password (at least 10 characters)',
      save: 'Change password',
      changed: 'Your password was changed',
    },
    languageNotSaved: 'The language was changed here but could not be saved for your emails',
  },
  enums,
  exports: {
    preparing: 'Preparing the workbook',
    received: '%{size} KB received',
    done: '%{file} downloaded',
    failed: 'The download failed: %{reason}',
  },
};
