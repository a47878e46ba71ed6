export interface SyntheticScale {
  offices: number;
  /** Consecutive quarters from 2008-Q1; frameworks are bienniums (8 quarters) over them. */
  quarters: number;
  indicators: number;
  outcomesPerFramework: number;
  /** How many offices report on each component, every quarter of its framework. */
  officesPerComponent: number;
}

/**
 * `default` is the ILO-wide scale of the benchmark (about a million result values); `small`
 * runs in seconds for CI; `tiny` is for tests.
 */
export const SYNTHETIC_SCALES: Record<'tiny' | 'small' | 'default', SyntheticScale> = {
  tiny: { offices: 6, quarters: 8, indicators: 6, outcomesPerFramework: 2, officesPerComponent: 3 },
  small: { offices: 30, quarters: 16, indicators: 120, outcomesPerFramework: 6, officesPerComponent: 6 },
  default: { offices: 200, quarters: 40, indicators: 2000, outcomesPerFramework: 10, officesPerComponent: 25 },
};

export type SyntheticScaleName = keyof typeof SYNTHETIC_SCALES;
