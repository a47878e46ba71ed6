import { describe, expect, it } from '@jest/globals';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import {
  DEFAULT_MILESTONE_THRESHOLDS,
  milestoneStatus,
  milestoneThresholdProblems,
} from '#src/results/progress/milestone-rule.js';
import { elapsedShare } from '#src/results/progress/progress-rule.js';
import { ProgressStatus } from '#src/results/progress/progress-status.enum.js';

const { ON_TRACK, AT_RISK, OFF_TRACK } = ProgressStatus;

/** The status of a 2008-2009 milestone reported at the end of each quarter of its target period. */
const overThePeriod = (status: MilestoneStatus, thresholds = DEFAULT_MILESTONE_THRESHOLDS) =>
  ['2008-03-31', '2008-06-30', '2008-09-30', '2008-12-31', '2009-03-31', '2009-06-30', '2009-09-30', '2009-12-31'].map(
    (quarterEnd) => milestoneStatus(status, elapsedShare('2008-01-01', '2009-12-31', quarterEnd), thresholds),
  );

describe('the milestone rule, over a two-year target period (2008-2009)', () => {
  it('keeps a milestone in progress on track until 75 % of the period, at risk after, off track once it ends', () => {
    // Quarter ends: 12.5 %, 25 %, 37.6 %, 50 %, 62.4 %, 74.9 %, 87.5 %, 100 % of the period elapsed.
    expect(overThePeriod(MilestoneStatus.IN_PROGRESS)).toEqual([
      ON_TRACK,
      ON_TRACK,
      ON_TRACK,
      ON_TRACK,
      ON_TRACK,
      ON_TRACK,
      AT_RISK,
      OFF_TRACK,
    ]);
  });

  it('puts a milestone not started at risk from half the period, off track from three quarters', () => {
    expect(overThePeriod(MilestoneStatus.NOT_STARTED)).toEqual([
      ON_TRACK,
      ON_TRACK,
      ON_TRACK,
      AT_RISK,
      AT_RISK,
      AT_RISK,
      OFF_TRACK,
      OFF_TRACK,
    ]);
  });

  it('is on track once achieved and off track once declared not achieved, whenever reported', () => {
    expect(new Set(overThePeriod(MilestoneStatus.ACHIEVED))).toEqual(new Set([ON_TRACK]));
    expect(new Set(overThePeriod(MilestoneStatus.NOT_ACHIEVED))).toEqual(new Set([OFF_TRACK]));
  });

  it('follows the configured thresholds', () => {
    const strict = { notStartedAtRisk: 0.25, notStartedOffTrack: 0.5, inProgressAtRisk: 0.5, inProgressOffTrack: 0.75 };
    expect(overThePeriod(MilestoneStatus.IN_PROGRESS, strict)).toEqual([
      ON_TRACK,
      ON_TRACK,
      ON_TRACK,
      AT_RISK,
      AT_RISK,
      AT_RISK,
      OFF_TRACK,
      OFF_TRACK,
    ]);
  });

  it('names the variables of thresholds that contradict each other', () => {
    expect(milestoneThresholdProblems(DEFAULT_MILESTONE_THRESHOLDS)).toEqual([]);
    const problems = milestoneThresholdProblems({
      notStartedAtRisk: 0.5,
      notStartedOffTrack: 0.4,
      inProgressAtRisk: 0.3,
      inProgressOffTrack: 1,
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED \(0\.5\) must not exceed PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED \(0\.4\)/,
      ),
      expect.stringMatching(/^PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED \(0\.3\) must not be below/),
    ]);
  });
});
