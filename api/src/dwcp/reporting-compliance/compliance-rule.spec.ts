import { describe, expect, it } from '@jest/globals';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import {
  ComplianceState,
  complianceState,
  deadlineOf,
  onTime,
  type CellFacts,
} from '#src/dwcp/reporting-compliance/compliance-rule.js';

describe('onTime', () => {
  const due = deadlineOf('2009-07-15');

  it('is true for a first submission by the end of the due date, false after it', () => {
    expect(onTime(new Date('2009-07-15T23:00:00Z'), due, new Date('2010-01-01'))).toBe(true);
    expect(onTime(new Date('2009-07-16T00:00:01Z'), due, new Date('2010-01-01'))).toBe(false);
  });

  it('is false for a report still missing after the due date, null before it', () => {
    expect(onTime(null, due, new Date('2009-07-16T08:00:00Z'))).toBe(false);
    expect(onTime(null, due, new Date('2009-07-10'))).toBeNull();
  });
});

describe('complianceState, for 2009-Q2 (ends 30 June, due 15 July)', () => {
  const quarter = { periodEnd: '2009-06-30', dueDate: '2009-07-15', periodClosed: false, firstSubmittedAt: null };
  const state = (asOf: string, facts: Partial<CellFacts> = {}) =>
    complianceState({ ...quarter, status: 'NOT_STARTED', ...facts }, asOf);

  it('is not yet due while the quarter runs, due until the due date, late after it', () => {
    expect(state('2009-06-30')).toBe(ComplianceState.NOT_YET_DUE);
    expect(state('2009-07-01')).toBe(ComplianceState.DUE);
    expect(state('2009-07-15', { status: ReportStatus.DRAFT })).toBe(ComplianceState.DUE);
    expect(state('2009-07-16')).toBe(ComplianceState.LATE);
    expect(state('2009-08-20', { status: ReportStatus.DRAFT })).toBe(ComplianceState.LATE);
  });

  it('is submitted or approved once the report is, whenever that was', () => {
    const late = new Date('2009-07-20T09:00:00Z');
    expect(state('2009-08-20', { status: ReportStatus.SUBMITTED, firstSubmittedAt: late })).toBe(
      ComplianceState.SUBMITTED,
    );
    expect(state('2010-01-01', { status: ReportStatus.APPROVED, periodClosed: true })).toBe(ComplianceState.APPROVED);
  });

  it('is due again, not late, when a report submitted on time was returned; late when first submitted late', () => {
    const onTimeSubmission = new Date('2009-07-15T09:00:00Z');
    const lateSubmission = new Date('2009-07-16T09:00:00Z');
    expect(state('2009-08-20', { status: ReportStatus.RETURNED, firstSubmittedAt: onTimeSubmission })).toBe(
      ComplianceState.DUE,
    );
    expect(state('2009-08-20', { status: ReportStatus.RETURNED, firstSubmittedAt: lateSubmission })).toBe(
      ComplianceState.LATE,
    );
  });

  it('is closed without report once the quarter is closed with nothing submitted', () => {
    expect(state('2009-08-20', { periodClosed: true })).toBe(ComplianceState.CLOSED_WITHOUT_REPORT);
    expect(state('2009-08-20', { periodClosed: true, status: ReportStatus.DRAFT })).toBe(
      ComplianceState.CLOSED_WITHOUT_REPORT,
    );
  });
});
