/** Choices for a SelectInput of a GraphQL enum, labelled through the catalogue's `enums.<Enum>.<VALUE>`. */
export const enumChoices = (enumName: string, values: readonly string[]) =>
  values.map((value) => ({ id: value, name: `enums.${enumName}.${value}` }));

export const ENUMS = {
  Measure: ['NUMBER', 'PERCENT', 'MILESTONE', 'TEXT'],
  Aggregation: ['LATEST', 'SUM', 'AVERAGE'],
  Direction: ['INCREASE', 'DECREASE'],
  IndicatorScope: ['INTERNAL', 'INTERNAL_EXTERNAL'],
  MilestoneStatus: ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED'],
  OfficeType: ['HQ', 'REGIONAL', 'SUBREGIONAL', 'COUNTRY'],
  PeriodKind: ['QUARTER', 'YEAR', 'BIENNIUM'],
  PeriodStatus: ['OPEN', 'CLOSED', 'LOCKED'],
  ProgrammeStatus: ['DRAFT', 'ACTIVE', 'CLOSED'],
  FundingSource: ['RB', 'RBSA', 'RBTC', 'XBTC'],
  PlanItemKind: ['OUTPUT', 'ACTIVITY'],
  PlanItemStatus: ['NOT_STARTED', 'ON_TRACK', 'DELAYED', 'COMPLETED', 'CANCELLED'],
  ReportStatus: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'],
  ProgressStatus: ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA', 'NOT_MEASURED'],
  Role: ['ADMIN', 'REGIONAL_MANAGER', 'KM_OFFICER', 'PROGRAMME_OFFICER', 'VIEWER'],
} as const;
export type EnumName = keyof typeof ENUMS;
