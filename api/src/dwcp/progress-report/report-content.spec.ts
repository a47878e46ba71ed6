import { describe, expect, it } from '@jest/globals';
import { reportChanges, type ReportContent } from '#src/dwcp/progress-report/report-content.js';

const returned: ReportContent = {
  achievements: 'WCMS training in Dhaka',
  challenges: null,
  nextSteps: null,
  lines: { A1: { status: 'DELAYED', percentComplete: 40, narrative: 'Postponed' } },
  results: { '12': { value: 3, narrative: null } },
};

describe('reportChanges', () => {
  it('lists each changed field of the narrative, the lines and the results', () => {
    const resubmitted: ReportContent = {
      ...returned,
      challenges: 'Connectivity',
      lines: { A1: { status: 'ON_TRACK', percentComplete: 60, narrative: 'Postponed' } },
      results: { '12': { value: 4, narrative: null }, '13': { value: 1, narrative: null } },
    };
    expect(reportChanges(returned, resubmitted)).toEqual([
      { field: 'challenges', before: null, after: 'Connectivity' },
      { field: 'line A1.status', before: 'DELAYED', after: 'ON_TRACK' },
      { field: 'line A1.percentComplete', before: 40, after: 60 },
      { field: 'result 12.value', before: 3, after: 4 },
      { field: 'result 13.value', before: null, after: 1 },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(reportChanges(returned, structuredClone(returned))).toEqual([]);
  });
});
