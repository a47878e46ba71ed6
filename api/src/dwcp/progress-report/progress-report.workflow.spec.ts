import { describe, expect, it } from '@jest/globals';
import { ReportAction, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { checkTransition } from '#src/dwcp/progress-report/progress-report.workflow.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

const { DRAFT, SUBMITTED, RETURNED, APPROVED } = ReportStatus;
const { EDIT, SUBMIT, APPROVE, RETURN } = ReportAction;
const { OPEN, CLOSED, LOCKED } = PeriodStatus;

const to = (status: ReportStatus, action: ReportAction, period = OPEN) => {
  const check = checkTransition(status, action, period);
  return check.allowed ? check.to : check.reason;
};

describe('report workflow', () => {
  it('follows DRAFT -> SUBMITTED -> APPROVED', () => {
    expect(to(DRAFT, EDIT)).toBe(DRAFT);
    expect(to(DRAFT, SUBMIT)).toBe(SUBMITTED);
    expect(to(SUBMITTED, APPROVE)).toBe(APPROVED);
  });

  it('follows SUBMITTED -> RETURNED -> edited -> SUBMITTED', () => {
    expect(to(SUBMITTED, RETURN)).toBe(RETURNED);
    expect(to(RETURNED, EDIT)).toBe(RETURNED);
    expect(to(RETURNED, SUBMIT)).toBe(SUBMITTED);
  });

  it('refuses every other step, saying what is possible', () => {
    expect(to(DRAFT, APPROVE)).toBe('a DRAFT report cannot be approved (it can be edited or submitted)');
    expect(to(SUBMITTED, EDIT)).toBe('a SUBMITTED report cannot be edited (it can be approved or returned)');
    expect(to(SUBMITTED, SUBMIT)).toMatch(/cannot be submitted/);
    expect(to(RETURNED, APPROVE)).toMatch(/cannot be approved/);
    for (const action of [EDIT, SUBMIT, APPROVE, RETURN]) {
      expect(to(APPROVED, action)).toMatch(/read-only/);
    }
  });

  it('allows nothing in a LOCKED period', () => {
    for (const [status, action] of [
      [DRAFT, EDIT],
      [DRAFT, SUBMIT],
      [SUBMITTED, APPROVE],
      [RETURNED, SUBMIT],
    ] as const) {
      expect(to(status, action, LOCKED)).toMatch(/LOCKED/);
    }
  });

  it('allows only returned reports to be resubmitted in a CLOSED period, and reviews to finish', () => {
    expect(to(DRAFT, EDIT, CLOSED)).toMatch(/CLOSED/);
    expect(to(DRAFT, SUBMIT, CLOSED)).toMatch(/CLOSED/);
    expect(to(RETURNED, EDIT, CLOSED)).toBe(RETURNED);
    expect(to(RETURNED, SUBMIT, CLOSED)).toBe(SUBMITTED);
    expect(to(SUBMITTED, APPROVE, CLOSED)).toBe(APPROVED);
    expect(to(SUBMITTED, RETURN, CLOSED)).toBe(RETURNED);
  });
});
