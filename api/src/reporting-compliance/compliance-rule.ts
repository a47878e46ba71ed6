import { type ReportStatus } from '#src/progress-report/progress-report.enums.js';

export type ComplianceStatus = ReportStatus | 'NOT_STARTED';

/**
 * On time when first submitted by the end of the due date; late when submitted after it, or not
 * submitted once it has passed; null while not submitted and not yet due.
 */
export function onTime(firstSubmittedAt: Date | null, dueDate: string, today: Date): boolean | null {
  const deadline = Date.parse(`${dueDate}T23:59:59.999Z`);
  if (firstSubmittedAt) return firstSubmittedAt.getTime() <= deadline;
  return today.getTime() > deadline ? false : null;
}
