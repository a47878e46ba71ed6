import { describe, expect, it } from '@jest/globals';
import { Aggregation, Direction, Measure } from '#src/results/indicator/indicator.enums.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import {
  achievementPercent,
  computeProgress,
  elapsedShare,
  type ProgressInput,
  type ResultFigures,
} from '#src/results/progress/progress-rule.js';
import { ProgressStatus } from '#src/results/progress/progress-status.enum.js';

import { DEFAULT_MILESTONE_THRESHOLDS } from '#src/results/progress/milestone-rule.js';

const thresholds = { onTrackRatio: 0.9, atRiskRatio: 0.6, milestone: DEFAULT_MILESTONE_THRESHOLDS };

const noFigures: ResultFigures = {
  sumOfSums: null,
  meanOfAverages: null,
  meanOfLatest: null,
  milestoneOffices: 0,
  milestoneAchievedOffices: 0,
  leastAdvancedMilestone: null,
  narrativeOffices: 0,
};

const figures = (overrides: Partial<ResultFigures>): ResultFigures => ({ ...noFigures, ...overrides });

const percentInput = (overrides: Partial<ProgressInput>): ProgressInput => ({
  measure: Measure.PERCENT,
  direction: Direction.INCREASE,
  aggregation: Aggregation.LATEST,
  baselineValue: 10,
  targetValue: 25,
  intermediateTargetValue: null,
  elapsedShare: 1,
  figures: noFigures,
  ...overrides,
});

describe('achievementPercent', () => {
  it('measures the way from baseline to target (publications online: 10 % -> 25 %)', () => {
    const input = percentInput({});
    expect(achievementPercent(10, input)).toBe(0);
    expect(achievementPercent(16, input)).toBe(40);
    expect(achievementPercent(25, input)).toBe(100);
    expect(achievementPercent(31, input)).toBe(140);
    expect(achievementPercent(7, input)).toBe(-20);
  });

  it('turns round for a decreasing indicator', () => {
    const input = percentInput({ direction: Direction.DECREASE, baselineValue: 40, targetValue: 20 });
    expect(achievementPercent(30, input)).toBe(50);
    expect(achievementPercent(20, input)).toBe(100);
    expect(achievementPercent(45, input)).toBe(-25);
  });

  it('counts from zero when there is no baseline', () => {
    const input = percentInput({ baselineValue: null, targetValue: 50 });
    expect(achievementPercent(20, input)).toBe(40);
  });

  it('treats a target equal to the baseline as met (100) or not (0)', () => {
    const input = percentInput({ baselineValue: 100, targetValue: 100 });
    expect(achievementPercent(100, input)).toBe(100);
    expect(achievementPercent(98, input)).toBe(0);
  });

  it('treats a target below the baseline of an increasing indicator as met or not, never negative', () => {
    const input = percentInput({ baselineValue: 30, targetValue: 20 });
    expect(achievementPercent(25, input)).toBe(100);
    expect(achievementPercent(15, input)).toBe(0);
  });

  it('counts a summed flow from zero, not from the baseline of an earlier period', () => {
    const input = percentInput({
      measure: Measure.NUMBER,
      aggregation: Aggregation.SUM,
      baselineValue: 12,
      targetValue: 20,
    });
    expect(achievementPercent(10, input)).toBe(50);
  });

  it('has nothing to measure against without a target value', () => {
    expect(achievementPercent(10, percentInput({ targetValue: null }))).toBeNull();
  });
});

describe('computeProgress', () => {
  it('uses the sum over periods for SUM and the latest value for LATEST', () => {
    const reported = figures({ sumOfSums: 12, meanOfLatest: 5, meanOfAverages: 4 });
    const base = { measure: Measure.NUMBER, baselineValue: 0, targetValue: 20, elapsedShare: 0.5, figures: reported };
    const summed = computeProgress(percentInput({ ...base, aggregation: Aggregation.SUM }), thresholds);
    const latest = computeProgress(percentInput({ ...base, aggregation: Aggregation.LATEST }), thresholds);
    const averaged = computeProgress(percentInput({ ...base, aggregation: Aggregation.AVERAGE }), thresholds);
    expect(summed).toEqual({
      actualValue: 12,
      achievementPercent: 60,
      expectedPercent: 50,
      status: ProgressStatus.ON_TRACK,
    });
    expect(latest).toEqual({
      actualValue: 5,
      achievementPercent: 25,
      expectedPercent: 50,
      status: ProgressStatus.OFF_TRACK,
    });
    expect(averaged.actualValue).toBe(4);
  });

  it('compares achievement with the elapsed share of the target period', () => {
    const at = (actual: number) =>
      computeProgress(percentInput({ elapsedShare: 0.5, figures: figures({ meanOfLatest: actual }) }), thresholds)
        .status;
    expect(at(17.5)).toBe(ProgressStatus.ON_TRACK); // 50 % of the way, 50 % expected
    expect(at(16.75)).toBe(ProgressStatus.ON_TRACK); // 45 % = 0.9 x 50 %
    expect(at(15)).toBe(ProgressStatus.AT_RISK); // 33.3 %
    expect(at(14)).toBe(ProgressStatus.OFF_TRACK); // 26.7 % < 0.6 x 50 %
  });

  it('expects an intermediate target rather than a straight line when one is set', () => {
    const result = computeProgress(
      percentInput({ elapsedShare: 0.5, intermediateTargetValue: 13, figures: figures({ meanOfLatest: 13 }) }),
      thresholds,
    );
    expect(result.expectedPercent).toBe(20);
    expect(result.status).toBe(ProgressStatus.ON_TRACK);
  });

  it('reports NO_DATA when nothing was reported', () => {
    expect(computeProgress(percentInput({}), thresholds)).toEqual({
      actualValue: null,
      achievementPercent: null,
      expectedPercent: null,
      status: ProgressStatus.NO_DATA,
    });
  });

  it('is off track when a decreasing indicator moves the wrong way', () => {
    const result = computeProgress(
      percentInput({
        direction: Direction.DECREASE,
        baselineValue: 40,
        targetValue: 20,
        figures: figures({ meanOfLatest: 44 }),
      }),
      thresholds,
    );
    expect(result.achievementPercent).toBe(-20);
    expect(result.status).toBe(ProgressStatus.OFF_TRACK);
  });

  describe('milestones', () => {
    const milestone = (least: MilestoneStatus, elapsed: number, offices = 1, achieved = 0) =>
      computeProgress(
        percentInput({
          measure: Measure.MILESTONE,
          baselineValue: null,
          targetValue: null,
          elapsedShare: elapsed,
          figures: figures({
            milestoneOffices: offices,
            milestoneAchievedOffices: achieved,
            leastAdvancedMilestone: least,
          }),
        }),
        thresholds,
      );

    it('count as 0 or 100 %', () => {
      expect(milestone(MilestoneStatus.ACHIEVED, 0.5, 1, 1).achievementPercent).toBe(100);
      expect(milestone(MilestoneStatus.IN_PROGRESS, 0.5).achievementPercent).toBe(0);
    });

    it('are on track when achieved, or in progress before three quarters of the target period', () => {
      expect(milestone(MilestoneStatus.ACHIEVED, 1, 1, 1).status).toBe(ProgressStatus.ON_TRACK);
      expect(milestone(MilestoneStatus.IN_PROGRESS, 0.7).status).toBe(ProgressStatus.ON_TRACK);
      expect(milestone(MilestoneStatus.NOT_STARTED, 0.25).status).toBe(ProgressStatus.ON_TRACK);
    });

    it('are at risk when not started past the configured share, off track when missed', () => {
      expect(milestone(MilestoneStatus.NOT_STARTED, 0.5).status).toBe(ProgressStatus.AT_RISK);
      expect(milestone(MilestoneStatus.IN_PROGRESS, 0.9).status).toBe(ProgressStatus.AT_RISK);
      expect(milestone(MilestoneStatus.IN_PROGRESS, 1).status).toBe(ProgressStatus.OFF_TRACK);
      expect(milestone(MilestoneStatus.NOT_ACHIEVED, 0.3).status).toBe(ProgressStatus.OFF_TRACK);
    });

    it('give the share of offices that achieved them across several offices', () => {
      const result = milestone(MilestoneStatus.IN_PROGRESS, 0.5, 4, 3);
      expect(result.achievementPercent).toBe(75);
      expect(result.status).toBe(ProgressStatus.ON_TRACK);
    });

    it('have no data when no office reported a status', () => {
      expect(milestone(MilestoneStatus.ACHIEVED, 0.5, 0, 0).status).toBe(ProgressStatus.NO_DATA);
    });
  });

  it('does not measure TEXT components', () => {
    const withNarrative = percentInput({ measure: Measure.TEXT, figures: figures({ narrativeOffices: 1 }) });
    expect(computeProgress(withNarrative, thresholds).status).toBe(ProgressStatus.NOT_MEASURED);
    expect(computeProgress(percentInput({ measure: Measure.TEXT }), thresholds).status).toBe(ProgressStatus.NO_DATA);
  });
});

describe('elapsedShare', () => {
  it('measures whole days of the target period up to the end of the reporting period', () => {
    expect(elapsedShare('2008-01-01', '2009-12-31', '2008-12-31')).toBeCloseTo(366 / 731, 5);
    expect(elapsedShare('2008-01-01', '2009-12-31', '2009-12-31')).toBe(1);
    expect(elapsedShare('2008-01-01', '2009-12-31', '2010-06-30')).toBe(1);
    expect(elapsedShare('2008-01-01', '2009-12-31', '2007-12-31')).toBe(0);
  });
});
