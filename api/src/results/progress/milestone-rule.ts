import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { ProgressStatus } from '#src/results/progress/progress-status.enum.js';

// The fair progress rule for milestones (docs/architecture.md, "Milestones"): a milestone that is
// under way is judged by how much of its target period has gone, not by a 0 % achievement.

/**
 * Shares (0..1) of the target period elapsed at which a milestone becomes AT_RISK, then OFF_TRACK,
 * for each status it can still be in. 1 means "once the whole period has gone": the report of the
 * target period's last quarter, or any later one.
 */
export interface MilestoneThresholds {
  notStartedAtRisk: number;
  notStartedOffTrack: number;
  inProgressAtRisk: number;
  inProgressOffTrack: number;
}

export const DEFAULT_MILESTONE_THRESHOLDS: Readonly<MilestoneThresholds> = Object.freeze({
  notStartedAtRisk: 0.5,
  notStartedOffTrack: 0.75,
  inProgressAtRisk: 0.75,
  inProgressOffTrack: 1,
});

/** The problems with a set of thresholds, as the environment variables name them; empty when sound. */
export function milestoneThresholdProblems(thresholds: MilestoneThresholds): string[] {
  const problems: string[] = [];
  const pairs = [
    ['NOT_STARTED', thresholds.notStartedAtRisk, thresholds.notStartedOffTrack],
    ['IN_PROGRESS', thresholds.inProgressAtRisk, thresholds.inProgressOffTrack],
  ] as const;
  for (const [status, atRisk, offTrack] of pairs) {
    if (atRisk > offTrack) {
      problems.push(
        `PROGRESS_MILESTONE_${status}_AT_RISK_ELAPSED (${atRisk}) must not exceed PROGRESS_MILESTONE_${status}_OFF_TRACK_ELAPSED (${offTrack}): a milestone is at risk before it is off track`,
      );
    }
  }
  if (thresholds.inProgressAtRisk < thresholds.notStartedAtRisk) {
    problems.push(
      `PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED (${thresholds.inProgressAtRisk}) must not be below PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED (${thresholds.notStartedAtRisk}): a milestone under way is never judged more harshly than one not started`,
    );
  }
  if (thresholds.inProgressOffTrack < thresholds.notStartedOffTrack) {
    problems.push(
      `PROGRESS_MILESTONE_IN_PROGRESS_OFF_TRACK_ELAPSED (${thresholds.inProgressOffTrack}) must not be below PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED (${thresholds.notStartedOffTrack}): a milestone under way is never judged more harshly than one not started`,
    );
  }
  return problems;
}

/**
 * ACHIEVED is on track and NOT_ACHIEVED off track whenever reported. NOT_STARTED and IN_PROGRESS
 * are on track until the share `elapsed` of the target period reaches their AT_RISK threshold,
 * at risk until it reaches their OFF_TRACK threshold, and off track from then on.
 */
export function milestoneStatus(
  least: MilestoneStatus,
  elapsed: number,
  thresholds: MilestoneThresholds,
): ProgressStatus {
  const share = Math.min(Math.max(elapsed, 0), 1);
  const judge = (atRisk: number, offTrack: number) =>
    share >= offTrack ? ProgressStatus.OFF_TRACK : share >= atRisk ? ProgressStatus.AT_RISK : ProgressStatus.ON_TRACK;
  switch (least) {
    case MilestoneStatus.ACHIEVED:
      return ProgressStatus.ON_TRACK;
    case MilestoneStatus.NOT_ACHIEVED:
      return ProgressStatus.OFF_TRACK;
    case MilestoneStatus.IN_PROGRESS:
      return judge(thresholds.inProgressAtRisk, thresholds.inProgressOffTrack);
    case MilestoneStatus.NOT_STARTED:
      return judge(thresholds.notStartedAtRisk, thresholds.notStartedOffTrack);
  }
}
