export interface SyntheticScale {
  /** HQ, regional, sub-regional and country offices; the last one is CO-IMPORT. */
  offices: number;
  /** Consecutive quarters from 2008-Q1; frameworks are bienniums (8 quarters) over them. */
  quarters: number;
  indicators: number;
  outcomesPerFramework: number;
  /** How many offices report on each component, every quarter of its framework. */
  officesPerComponent: number;
  /** Items of each yearly implementation plan, so lines of each quarterly report. */
  planItemsPerPlan: number;
  /** The last quarters, whose reports are DRAFTs waiting to be submitted; earlier ones are APPROVED. */
  draftQuarters: number;
  /** Items of CO-IMPORT's plan for the last year: the lines of the template-import benchmark's report. */
  importPlanItems: number;
}

/**
 * `default` is the ILO-wide scale of the benchmark (about a million result values, 8,000 reports
 * of 30 lines, a 5,000-line report to import); `small` runs in seconds for CI; `tiny` is for tests.
 */
export const SYNTHETIC_SCALES: Record<'tiny' | 'small' | 'default', SyntheticScale> = {
  tiny: {
    offices: 6,
    quarters: 8,
    indicators: 6,
    outcomesPerFramework: 2,
    officesPerComponent: 3,
    planItemsPerPlan: 3,
    draftQuarters: 1,
    importPlanItems: 5,
  },
  small: {
    offices: 30,
    quarters: 16,
    indicators: 120,
    outcomesPerFramework: 6,
    officesPerComponent: 6,
    planItemsPerPlan: 10,
    draftQuarters: 2,
    importPlanItems: 200,
  },
  default: {
    offices: 200,
    quarters: 40,
    indicators: 2000,
    outcomesPerFramework: 10,
    officesPerComponent: 25,
    planItemsPerPlan: 30,
    draftQuarters: 8,
    importPlanItems: 5000,
  },
};

export type SyntheticScaleName = keyof typeof SYNTHETIC_SCALES;
