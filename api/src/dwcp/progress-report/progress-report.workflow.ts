import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { ReportAction, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

// The review workflow, as one table: DRAFT -> SUBMITTED -> APPROVED, or SUBMITTED -> RETURNED
// -> (edited) -> SUBMITTED. Approved reports are read-only.
const TRANSITIONS: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  [ReportStatus.DRAFT]: { [ReportAction.EDIT]: ReportStatus.DRAFT, [ReportAction.SUBMIT]: ReportStatus.SUBMITTED },
  [ReportStatus.SUBMITTED]: {
    [ReportAction.APPROVE]: ReportStatus.APPROVED,
    [ReportAction.RETURN]: ReportStatus.RETURNED,
  },
  [ReportStatus.RETURNED]: {
    [ReportAction.EDIT]: ReportStatus.RETURNED,
    [ReportAction.SUBMIT]: ReportStatus.SUBMITTED,
  },
  [ReportStatus.APPROVED]: {},
};

export type TransitionCheck = { allowed: true; to: ReportStatus } | { allowed: false; reason: string };

/**
 * Whether `action` may happen to a report in `status` during a period in `periodStatus`:
 * nothing happens in a LOCKED period; in a CLOSED one only a returned report may be edited and
 * resubmitted (and reviewers may still decide on what was submitted).
 */
export function checkTransition(
  status: ReportStatus,
  action: ReportAction,
  periodStatus: PeriodStatus,
  noun = 'report',
): TransitionCheck {
  const to = TRANSITIONS[status][action];
  if (!to) {
    const possible = Object.keys(TRANSITIONS[status]);
    return {
      allowed: false,
      reason: `${/^[AEIOU]/.test(status) ? 'an' : 'a'} ${status} ${noun} cannot be ${PAST[action]}${possible.length ? ` (it can be ${possible.map((a) => PAST[a as ReportAction]).join(' or ')})` : ': it is read-only'}`,
    };
  }
  if (periodStatus === PeriodStatus.LOCKED)
    return { allowed: false, reason: 'the period is LOCKED: nothing can change' };
  const closedAllows =
    status === ReportStatus.RETURNED || action === ReportAction.APPROVE || action === ReportAction.RETURN;
  if (periodStatus === PeriodStatus.CLOSED && !closedAllows) {
    return { allowed: false, reason: `the period is CLOSED: only returned ${noun}s can be edited and resubmitted` };
  }
  return { allowed: true, to };
}

const PAST: Record<ReportAction, string> = {
  [ReportAction.EDIT]: 'edited',
  [ReportAction.SUBMIT]: 'submitted',
  [ReportAction.APPROVE]: 'approved',
  [ReportAction.RETURN]: 'returned',
};
