import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import type { SeededRandom } from '#src/datasets/synthetic/random.js';
import type { SyntheticComponent } from '#src/datasets/synthetic/synthetic-framework.js';

/** One row for indicator_result: component, period, office, value, milestone status, disaggregations. */
export type ResultRow = [number, number, number, number | null, MilestoneStatus | null, string];

const round1 = (value: number): number => Math.round(value * 10) / 10;

function milestoneAt(random: SeededRandom, progress: number): MilestoneStatus {
  if (random.chance(0.03)) return MilestoneStatus.NOT_ACHIEVED;
  if (progress < 0.3) return MilestoneStatus.NOT_STARTED;
  return progress < 0.9 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.ACHIEVED;
}

function valueAt(random: SeededRandom, component: SyntheticComponent, progress: number, quarters: number): number {
  const baseline = component.baselineValue ?? 0;
  const target = component.targetValue ?? 0;
  if (component.aggregation === Aggregation.SUM) return Math.round((target / quarters) * (0.5 + random.next()));
  const value = round1(baseline + (target - baseline) * progress);
  return component.measure === Measure.PERCENT ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
}

/** Every quarterly result of one component: each of its offices reports every quarter. */
export function resultsOf(
  random: SeededRandom,
  component: SyntheticComponent,
  quarterIds: number[],
  officeIds: number[],
): ResultRow[] {
  const rows: ResultRow[] = [];
  quarterIds.forEach((periodId, quarter) => {
    for (const officeId of officeIds) {
      const progress = ((quarter + 1) / quarterIds.length) * (0.6 + 0.6 * random.next());
      if (component.measure === Measure.MILESTONE) {
        rows.push([component.id, periodId, officeId, null, milestoneAt(random, progress), '[]']);
        continue;
      }
      const value = valueAt(random, component, progress, quarterIds.length);
      let disaggregations = '[]';
      if (component.measure === Measure.NUMBER && random.chance(0.2)) {
        const women = Math.round(value * random.next() * 10) / 10;
        disaggregations = JSON.stringify([
          { dimension: 'sex', category: 'women', value: women },
          { dimension: 'sex', category: 'men', value: round1(value - women) },
        ]);
      }
      rows.push([component.id, periodId, officeId, value, null, disaggregations]);
    }
  });
  return rows;
}
