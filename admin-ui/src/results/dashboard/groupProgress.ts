import type { ComponentProgress, ProgressStatus } from '../../app/dataProvider/dashboard';

export interface IndicatorGroup {
  indicatorId: string;
  indicatorCode: string;
  indicatorTitle: string;
  components: ComponentProgress[];
}

export interface OutcomeGroup {
  outcomeId: string;
  outcomeNumber: number;
  outcomeTitle: string;
  indicators: IndicatorGroup[];
}

/** Groups the server's rows by outcome and indicator, keeping the server's order. */
export const groupProgress = (rows: readonly ComponentProgress[]): OutcomeGroup[] => {
  const outcomes = new Map<string, OutcomeGroup>();
  for (const row of rows) {
    let outcome = outcomes.get(row.outcomeId);
    if (!outcome) {
      outcome = {
        outcomeId: row.outcomeId,
        outcomeNumber: row.outcomeNumber,
        outcomeTitle: row.outcomeTitle,
        indicators: [],
      };
      outcomes.set(row.outcomeId, outcome);
    }
    let indicator = outcome.indicators.find((i) => i.indicatorId === row.indicatorId);
    if (!indicator) {
      indicator = {
        indicatorId: row.indicatorId,
        indicatorCode: row.indicatorCode,
        indicatorTitle: row.indicatorTitle,
        components: [],
      };
      outcome.indicators.push(indicator);
    }
    indicator.components.push(row);
  }
  return [...outcomes.values()].sort((a, b) => a.outcomeNumber - b.outcomeNumber);
};

/** How many components have each status. */
export const countByStatus = (rows: readonly ComponentProgress[]): Record<ProgressStatus, number> => {
  const counts: Record<ProgressStatus, number> = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0, NOT_MEASURED: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
};
