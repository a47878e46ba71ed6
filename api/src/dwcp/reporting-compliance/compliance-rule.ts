import { type ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

export type ComplianceStatus = ReportStatus | 'NOT_STARTED';

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
