import type { EntityManager } from 'typeorm';
import { bulkInsert } from '#src/datasets/synthetic/bulk-insert.js';
import type { SeededRandom } from '#src/datasets/synthetic/random.js';
import type { SyntheticFramework } from '#src/datasets/synthetic/synthetic-framework.js';
import type { SyntheticOffice, SyntheticQuarter } from '#src/datasets/synthetic/synthetic-organization.js';
import type { SyntheticScale } from '#src/datasets/synthetic/synthetic-scale.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';

const PROGRAMME_OUTCOMES = 3;
const FUNDING_SOURCES = Object.values(FundingSource);

export interface DwcpInput {
  scale: SyntheticScale;
  random: SeededRandom;
  /** Each gets one programme over every year of the quarters. */
  offices: SyntheticOffice[];
  importOfficeId: number;
  frameworks: SyntheticFramework[];
  quarters: SyntheticQuarter[];
}

export interface SyntheticPlan {
  id: number;
  officeId: number;
  programmeId: number;
  year: number;
  itemIds: number[];
}

export interface SyntheticDwcp {
  programmes: number;
  plans: SyntheticPlan[];
  planItems: number;
}

const literal = (ids: number[]): string => `{${ids.join(',')}}`;
const firstYearOf = (framework: SyntheticFramework): number => Number(framework.startDate.slice(0, 4));

/** A framework's component ids by outcome id. */
function componentsByOutcome(framework: SyntheticFramework): Map<number, number[]> {
  const outcomeOf = new Map(framework.indicators.map((indicator) => [indicator.id, indicator.outcomeId]));
  const byOutcome = new Map<number, number[]>(framework.outcomes.map((outcome) => [outcome.id, []]));
  for (const component of framework.components)
    byOutcome.get(outcomeOf.get(component.indicatorId)!)!.push(component.id);
  return byOutcome;
}

interface ItemContext {
  planId: number;
  year: number;
  /** Programme outcome ids, and for each the components it may link (those of its framework outcome). */
  outcomes: { id: number; components: number[] }[];
  startPeriodId: number;
  endPeriodId: number;
  officeCode: string;
}

function planItemRows(random: SeededRandom, context: ItemContext, count: number, firstId: number): unknown[][] {
  const width = Math.max(3, String(count).length);
  const rows: unknown[][] = [];
  for (let n = 1; n <= count; n += 1) {
    const outcome = random.pick(context.outcomes);
    const kind = random.chance(0.4) ? PlanItemKind.OUTPUT : PlanItemKind.ACTIVITY;
    rows.push([
      firstId + n - 1,
      context.planId,
      outcome.id,
      kind,
      `${kind === PlanItemKind.OUTPUT ? 'O' : 'A'}${String(n).padStart(width, '0')}`,
      `Synthetic ${kind.toLowerCase()} ${n} of ${context.year}`,
      context.officeCode,
      context.startPeriodId,
      context.endPeriodId,
      random.pick(FUNDING_SOURCES),
      random.int(10, 400) * 500,
      literal(random.sample(outcome.components, random.int(1, 2))),
      random.chance(0.2),
    ]);
  }
  return rows;
}

/**
 * One programme per office, with a few outcomes contributing to framework outcomes, a plan per
 * year and items spanning the year's quarters, each linking components of that year's framework.
 * CO-IMPORT's plan for the last year has importPlanItems items.
 */
export async function insertProgrammes(manager: EntityManager, input: DwcpInput): Promise<SyntheticDwcp> {
  const { scale, random, frameworks, quarters } = input;
  const years = [...new Set(quarters.map((quarter) => quarter.year))];
  const frameworkOf = (year: number) => frameworks.find((f) => firstYearOf(f) <= year && year <= firstYearOf(f) + 1)!;
  const componentsOf = new Map(frameworks.map((framework) => [framework.id, componentsByOutcome(framework)]));
  const rows = {
    programmes: [] as unknown[][],
    outcomes: [] as unknown[][],
    plans: [] as unknown[][],
    items: [] as unknown[][],
  };
  const plans: SyntheticPlan[] = [];
  input.offices.forEach((office, index) => {
    const programmeId = index + 1;
    rows.programmes.push([
      programmeId,
      office.id,
      office.country,
      `Decent Work Country Programme of ${office.country} ${years[0]}-${years.at(-1)} (synthetic)`,
      years[0],
      years.at(-1),
    ]);
    const outcomeIds: number[] = [];
    for (let k = 1; k <= PROGRAMME_OUTCOMES; k += 1) {
      const id = rows.outcomes.length + 1;
      outcomeIds.push(id);
      // The k-th outcome of every framework, so that each year's items find components to link.
      const linked = frameworks.flatMap(
        (framework) => framework.outcomes[(k - 1) % framework.outcomes.length]?.id ?? [],
      );
      rows.outcomes.push([
        id,
        programmeId,
        `${office.country}${100 + k}`,
        `Synthetic programme outcome ${k}`,
        literal(linked),
      ]);
    }
    for (const year of years) {
      const planId = rows.plans.length + 1;
      rows.plans.push([planId, programmeId, year]);
      const framework = frameworkOf(year);
      const inYear = quarters.filter((quarter) => quarter.year === year);
      const outcomes = outcomeIds.map((id, k) => {
        const frameworkOutcome = framework.outcomes[k % framework.outcomes.length]!;
        const own = componentsOf.get(framework.id)!.get(frameworkOutcome.id)!;
        return { id, components: own.length > 0 ? own : framework.components.map((component) => component.id) };
      });
      const count =
        office.id === input.importOfficeId && year === years.at(-1) ? scale.importPlanItems : scale.planItemsPerPlan;
      const context = {
        planId,
        year,
        outcomes,
        startPeriodId: inYear[0]!.id,
        endPeriodId: inYear.at(-1)!.id,
        officeCode: office.code,
      };
      const items = planItemRows(random, context, count, rows.items.length + 1);
      rows.items.push(...items);
      plans.push({
        id: planId,
        officeId: office.id,
        programmeId,
        year,
        itemIds: items.map((item) => item[0] as number),
      });
    }
  });
  await insertRows(manager, rows);
  return { programmes: rows.programmes.length, plans, planItems: rows.items.length };
}

async function insertRows(
  manager: EntityManager,
  rows: Record<'programmes' | 'outcomes' | 'plans' | 'items', unknown[][]>,
) {
  const int = 'int[]';
  const text = 'text[]';
  await bulkInsert(
    manager,
    'country_programme',
    [
      { name: 'id', arrayType: int },
      { name: 'office_id', arrayType: int },
      { name: 'country_code', arrayType: text },
      { name: 'title', arrayType: text },
      { name: 'start_year', arrayType: 'smallint[]' },
      { name: 'end_year', arrayType: 'smallint[]' },
    ],
    rows.programmes,
  );
  await bulkInsert(
    manager,
    'programme_outcome',
    [
      { name: 'id', arrayType: int },
      { name: 'programme_id', arrayType: int },
      { name: 'code', arrayType: text },
      { name: 'title', arrayType: text },
      { name: 'framework_outcome_ids', arrayType: text, cast: int },
    ],
    rows.outcomes,
  );
  await bulkInsert(
    manager,
    'implementation_plan',
    [
      { name: 'id', arrayType: int },
      { name: 'programme_id', arrayType: int },
      { name: 'year', arrayType: 'smallint[]' },
    ],
    rows.plans,
  );
  await bulkInsert(
    manager,
    'plan_item',
    [
      { name: 'id', arrayType: int },
      { name: 'plan_id', arrayType: int },
      { name: 'programme_outcome_id', arrayType: int },
      { name: 'kind', arrayType: 'plan_item_kind[]' },
      { name: 'code', arrayType: text },
      { name: 'title', arrayType: text },
      { name: 'responsible', arrayType: text },
      { name: 'start_period_id', arrayType: int },
      { name: 'end_period_id', arrayType: int },
      { name: 'funding_source', arrayType: 'funding_source[]' },
      { name: 'budget_usd', arrayType: 'numeric[]' },
      { name: 'component_ids', arrayType: text, cast: int },
      { name: 'knowledge_sharing', arrayType: 'boolean[]' },
    ],
    rows.items,
  );
}
