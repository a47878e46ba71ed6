import { registerEnumType } from '@nestjs/graphql';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

export type ComplianceStatus = ReportStatus | 'NOT_STARTED';

/** Where one programme's report for one quarter stands, as a manager reads a compliance matrix. */
export enum ComplianceState {
  /** The quarter has not ended yet. */
  NOT_YET_DUE = 'NOT_YET_DUE',
  /** The quarter has ended and the due date has not passed; or a report submitted on time came back returned. */
  DUE = 'DUE',
  /** The due date has passed and no report was submitted. */
  LATE = 'LATE',
  /** Submitted, waiting for review. */
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  /** The quarter was closed and no report was submitted for it. */
  CLOSED_WITHOUT_REPORT = 'CLOSED_WITHOUT_REPORT',
}

registerEnumType(ComplianceState, {
  name: 'ComplianceState',
  description: 'A programme quarter as of a date: not yet due, due, late, submitted, approved, closed without report',
});

/** The last millisecond of the due date (UTC), as a timestamp. */
export const deadlineOf = (dueDate: string): number => Date.parse(`${dueDate}T23:59:59.999Z`);

/**
 * On time when first submitted by the end of the due date; late when submitted after it, or not
 * submitted once it has passed; null while not submitted and not yet due.
 */
export function onTime(firstSubmittedAt: Date | null, deadline: number, today: Date): boolean | null {
  if (firstSubmittedAt) return firstSubmittedAt.getTime() <= deadline;
  return today.getTime() > deadline ? false : null;
}

export interface CellFacts {
  status: ComplianceStatus;
  firstSubmittedAt: Date | null;
  /** The quarter's last day, its due date (YYYY-MM-DD), and whether it was closed. */
  periodEnd: string;
  dueDate: string;
  periodClosed: boolean;
}

/** The state of a cell as of `asOf` (YYYY-MM-DD, the reporting clock's day). */
export function complianceState(cell: CellFacts, asOf: string): ComplianceState {
  if (cell.status === ReportStatus.APPROVED) return ComplianceState.APPROVED;
  if (cell.status === ReportStatus.SUBMITTED) return ComplianceState.SUBMITTED;
  if (cell.periodClosed) return ComplianceState.CLOSED_WITHOUT_REPORT;
  if (asOf <= cell.periodEnd) return ComplianceState.NOT_YET_DUE;
  if (asOf <= cell.dueDate) return ComplianceState.DUE;
  const firstOnTime = cell.firstSubmittedAt !== null && cell.firstSubmittedAt.getTime() <= deadlineOf(cell.dueDate);
  return cell.status === ReportStatus.RETURNED && firstOnTime ? ComplianceState.DUE : ComplianceState.LATE;
}
