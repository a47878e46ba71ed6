import { describe, expect, it } from '@jest/globals';
import { deadlineOf, onTime } from '#src/dwcp/reporting-compliance/compliance-rule.js';

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
