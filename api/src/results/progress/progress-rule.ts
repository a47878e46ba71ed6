import { Aggregation, Direction, Measure } from '#src/results/indicator/indicator.enums.js';
import { type MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { ProgressStatus } from '#src/results/progress/progress-status.enum.js';
import { milestoneStatus, type MilestoneThresholds } from '#src/results/progress/milestone-rule.js';

// The one progress rule of the product. Dashboards and exports call it; nothing else decides a
// status. docs/architecture.md explains it with worked examples.

export interface ProgressThresholds {
  /** ON_TRACK when achievement >= expected progress x this ratio. */
  onTrackRatio: number;
  /** AT_RISK when achievement >= expected progress x this ratio; OFF_TRACK below. */
  atRiskRatio: number;
  /** When a milestone not yet achieved is AT_RISK or OFF_TRACK (milestone-rule.ts). */
  milestone: MilestoneThresholds;
}

/** What the database knows of a component's results to date, already combined per office. */
export interface ResultFigures {
  /** Sum over offices of each office's sum over periods. */
  sumOfSums: number | null;
  /** Mean over offices of each office's average over periods. */
  meanOfAverages: number | null;
  /** Mean over offices of each office's latest value. */
  meanOfLatest: number | null;
  /** Offices with a milestone status, and how many of them report ACHIEVED. */
  milestoneOffices: number;
  milestoneAchievedOffices: number;
  /** The least advanced latest milestone status among those offices. */
  leastAdvancedMilestone: MilestoneStatus | null;
  /** Offices that reported a narrative (the only evidence for TEXT components). */
  narrativeOffices: number;
}

export interface ProgressInput {
  measure: Measure;
  direction: Direction;
  aggregation: Aggregation;
  baselineValue: number | null;
  targetValue: number | null;
  /** Intermediate target for the reporting period, if one was set. */
  intermediateTargetValue: number | null;
  /** Share (0..1) of the target period elapsed at the end of the reporting period. */
  elapsedShare: number;
  figures: ResultFigures;
}

export interface Progress {
  actualValue: number | null;
  achievementPercent: number | null;
  expectedPercent: number | null;
  status: ProgressStatus;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Picks the actual to date that the indicator's aggregation calls for. */
export function actualToDate(aggregation: Aggregation, figures: ResultFigures): number | null {
  switch (aggregation) {
    case Aggregation.SUM:
      return figures.sumOfSums;
    case Aggregation.AVERAGE:
      return figures.meanOfAverages;
    case Aggregation.LATEST:
      return figures.meanOfLatest;
  }
}

/**
 * % achievement = (actual - start) / (target - start), turned round for a decreasing indicator.
 * The start is the baseline for levels (LATEST, AVERAGE) and zero for flows summed over periods
 * (SUM), whose baseline describes an earlier period rather than a starting stock. With no
 * baseline the start is zero. A target at or behind the start is met (100) or not (0).
 */
export function achievementPercent(
  value: number,
  input: Pick<ProgressInput, 'direction' | 'aggregation' | 'baselineValue' | 'targetValue'>,
): number | null {
  if (input.targetValue === null) return null;
  const start = input.aggregation === Aggregation.SUM ? 0 : (input.baselineValue ?? 0);
  const sign = input.direction === Direction.INCREASE ? 1 : -1;
  const needed = sign * (input.targetValue - start);
  const gained = sign * (value - start);
  if (needed <= 0) return sign * (value - input.targetValue) >= 0 ? 100 : 0;
  return round1((gained / needed) * 100);
}

function statusFromRatio(achieved: number, expected: number, thresholds: ProgressThresholds): ProgressStatus {
  if (achieved >= expected * thresholds.onTrackRatio) return ProgressStatus.ON_TRACK;
  if (achieved >= expected * thresholds.atRiskRatio) return ProgressStatus.AT_RISK;
  return ProgressStatus.OFF_TRACK;
}

function milestoneProgress(input: ProgressInput, thresholds: ProgressThresholds): Progress {
  const { figures, elapsedShare } = input;
  const least = figures.leastAdvancedMilestone;
  if (figures.milestoneOffices === 0 || least === null) {
    return { actualValue: null, achievementPercent: null, expectedPercent: null, status: ProgressStatus.NO_DATA };
  }
  // One office: 0 or 100. Several: the share of offices that achieved it.
  const percent = round1((figures.milestoneAchievedOffices / figures.milestoneOffices) * 100);
  const status = milestoneStatus(least, elapsedShare, thresholds.milestone);
  return { actualValue: null, achievementPercent: percent, expectedPercent: null, status };
}

/** Applies the progress rule to one indicator component for one reporting period. */
export function computeProgress(input: ProgressInput, thresholds: ProgressThresholds): Progress {
  if (input.measure === Measure.MILESTONE) return milestoneProgress(input, thresholds);
  if (input.measure === Measure.TEXT) {
    const status = input.figures.narrativeOffices > 0 ? ProgressStatus.NOT_MEASURED : ProgressStatus.NO_DATA;
    return { actualValue: null, achievementPercent: null, expectedPercent: null, status };
  }
  const actualValue = actualToDate(input.aggregation, input.figures);
  if (actualValue === null) {
    return { actualValue: null, achievementPercent: null, expectedPercent: null, status: ProgressStatus.NO_DATA };
  }
  const achieved = achievementPercent(actualValue, input);
  const expectedPercent =
    input.intermediateTargetValue !== null
      ? achievementPercent(input.intermediateTargetValue, input)
      : round1(Math.min(Math.max(input.elapsedShare, 0), 1) * 100);
  if (achieved === null || expectedPercent === null) {
    return {
      actualValue: round1(actualValue),
      achievementPercent: null,
      expectedPercent,
      status: ProgressStatus.NO_DATA,
    };
  }
  return {
    actualValue: round1(actualValue),
    achievementPercent: achieved,
    expectedPercent,
    status: statusFromRatio(achieved, expectedPercent, thresholds),
  };
}

/** Share of [start, end] (whole days, inclusive) that has elapsed at the end of `asOf`. */
export function elapsedShare(targetStart: string, targetEnd: string, asOf: string): number {
  const day = 86_400_000;
  const start = Date.parse(targetStart);
  const length = Date.parse(targetEnd) - start + day;
  const elapsed = Date.parse(asOf) - start + day;
  return Math.min(Math.max(elapsed / length, 0), 1);
}
