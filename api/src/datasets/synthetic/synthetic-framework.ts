import { Aggregation, Direction, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';
import type { SeededRandom } from '#src/datasets/synthetic/random.js';
import type { SyntheticScale } from '#src/datasets/synthetic/synthetic-scale.js';

export interface SyntheticComponent {
  id: number;
  indicatorId: number;
  position: number;
  measure: Measure;
  aggregation: Aggregation;
  direction: Direction;
  baselineValue: number | null;
  targetValue: number | null;
  targetNarrative: string;
}

export interface SyntheticFramework {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  bienniumCode: string;
  /** Codes of its eight quarters. */
  quarterCodes: string[];
  outcomes: { id: number; number: number; title: string }[];
  indicators: {
    id: number;
    outcomeId: number;
    code: string;
    measure: Measure;
    aggregation: Aggregation;
    direction: Direction;
    scope: IndicatorScope;
  }[];
  components: SyntheticComponent[];
}

const MEASURES: [Measure, Aggregation][] = [
  [Measure.PERCENT, Aggregation.LATEST],
  [Measure.PERCENT, Aggregation.LATEST],
  [Measure.NUMBER, Aggregation.SUM],
  [Measure.NUMBER, Aggregation.SUM],
  [Measure.NUMBER, Aggregation.LATEST],
  [Measure.NUMBER, Aggregation.AVERAGE],
  [Measure.MILESTONE, Aggregation.LATEST],
  [Measure.MILESTONE, Aggregation.LATEST],
];

function baselineAndTarget(random: SeededRandom, measure: Measure, aggregation: Aggregation, direction: Direction) {
  if (measure === Measure.MILESTONE) return { baselineValue: null, targetValue: null };
  if (measure === Measure.PERCENT) {
    const baseline = random.int(10, 60);
    const step = random.int(10, 35);
    return direction === Direction.INCREASE
      ? { baselineValue: baseline, targetValue: Math.min(100, baseline + step) }
      : { baselineValue: baseline, targetValue: Math.max(0, baseline - step) };
  }
  if (aggregation === Aggregation.SUM) return { baselineValue: random.int(5, 50), targetValue: random.int(20, 200) };
  const baseline = random.int(5, 40);
  return direction === Direction.INCREASE
    ? { baselineValue: baseline, targetValue: baseline + random.int(5, 50) }
    : { baselineValue: baseline + 20, targetValue: baseline };
}

/** Bienniums of outcomes, indicators and components with plausible baselines and targets. */
export function planFrameworks(scale: SyntheticScale, random: SeededRandom): SyntheticFramework[] {
  const count = Math.max(1, Math.ceil(scale.quarters / 8));
  const indicatorsPerFramework = Math.ceil(scale.indicators / count);
  const ids = { outcome: 0, indicator: 0, component: 0 };
  const frameworks: SyntheticFramework[] = [];
  for (let f = 0; f < count; f += 1) {
    const firstYear = 2008 + 2 * f;
    const framework: SyntheticFramework = {
      id: f + 1,
      title: `Synthetic results framework ${firstYear}-${String(firstYear + 1).slice(2)}`,
      startDate: `${firstYear}-01-01`,
      endDate: `${firstYear + 1}-12-31`,
      bienniumCode: `${firstYear}-${String(firstYear + 1).slice(2)}`,
      quarterCodes: [firstYear, firstYear + 1].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`)),
      outcomes: [],
      indicators: [],
      components: [],
    };
    for (let o = 1; o <= scale.outcomesPerFramework; o += 1) {
      framework.outcomes.push({ id: ++ids.outcome, number: o, title: `Synthetic outcome ${o}` });
    }
    const inFramework = Math.min(indicatorsPerFramework, scale.indicators - f * indicatorsPerFramework);
    for (let n = 0; n < inFramework; n += 1) {
      const outcome = framework.outcomes[n % framework.outcomes.length]!;
      const [measure, aggregation] = random.pick(MEASURES);
      const direction = measure !== Measure.MILESTONE && random.chance(0.1) ? Direction.DECREASE : Direction.INCREASE;
      const indicator = {
        id: ++ids.indicator,
        outcomeId: outcome.id,
        code: `${outcome.number}.${Math.floor(n / framework.outcomes.length) + 1}`,
        measure,
        aggregation,
        direction,
        scope: random.chance(0.5) ? IndicatorScope.INTERNAL : IndicatorScope.INTERNAL_EXTERNAL,
      };
      framework.indicators.push(indicator);
      const parts = random.int(1, 4);
      for (let position = 1; position <= parts; position += 1) {
        framework.components.push({
          id: ++ids.component,
          indicatorId: indicator.id,
          position,
          measure,
          aggregation,
          direction,
          ...baselineAndTarget(random, measure, aggregation, direction),
          targetNarrative: `Target ${indicator.code} (${position})`,
        });
      }
    }
    frameworks.push(framework);
  }
  return frameworks;
}
