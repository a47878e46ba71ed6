import { registerEnumType } from '@nestjs/graphql';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}

/** What a reviewer or programme officer asks of a report. */
export enum ReportAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}

export enum LineStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(LineStatus, { name: 'PlanItemStatus' });
