import type { DataSource, EntityManager } from 'typeorm';
import { claimDataset } from '#src/database/seeds/dataset-marker.js';
import { bulkInsert, syncSequence } from '#src/database/synthetic/bulk-insert.js';
import { SeededRandom } from '#src/database/synthetic/random.js';
import { planFrameworks, type SyntheticFramework } from '#src/database/synthetic/synthetic-framework.js';
import { resultsOf } from '#src/database/synthetic/synthetic-results.js';
import type { SyntheticScale } from '#src/database/synthetic/synthetic-scale.js';
import { OfficeType } from '#src/office/office-type.enum.js';
import { defaultDueDate } from '#src/reporting-period/due-date.util.js';
import { parsePeriodCode } from '#src/reporting-period/period-code.util.js';

export interface SyntheticSummary {
  offices: number;
  periods: number;
  frameworks: number;
  indicators: number;
  components: number;
  results: number;
}

/** HQ, then regional, sub-regional and country offices, each reporting to the level above. */
function planOffices(count: number) {
  const regional = Math.max(1, Math.round(count / 40));
  const subregional = Math.max(1, Math.round(count / 10));
  const rows: [number, string, string, OfficeType, number | null][] = [
    [1, 'HQ', 'Synthetic headquarters', OfficeType.HQ, null],
  ];
  for (let id = 2; id <= count; id += 1) {
    if (id <= 1 + regional) rows.push([id, `RO-${id}`, `Regional office ${id}`, OfficeType.REGIONAL, 1]);
    else if (id <= 1 + regional + subregional) {
      rows.push([id, `SRO-${id}`, `Sub-regional office ${id}`, OfficeType.SUBREGIONAL, 2 + ((id - 2) % regional)]);
    } else
      rows.push([id, `CO-${id}`, `Country office ${id}`, OfficeType.COUNTRY, 2 + regional + ((id - 2) % subregional)]);
  }
  return rows;
}

/** Quarters from 2008-Q1, the years and bienniums around them. */
function planPeriods(quarters: number) {
  const codes: string[] = [];
  for (let q = 0; q < quarters; q += 1) codes.push(`${2008 + Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  const years = Math.ceil(quarters / 4);
  for (let y = 0; y < years; y += 1) codes.push(String(2008 + y));
  for (let b = 0; b < Math.ceil(years / 2); b += 1) codes.push(`${2008 + 2 * b}-${String(2009 + 2 * b).slice(2)}`);
  return codes.map((code, index) => {
    const parsed = parsePeriodCode(code)!;
    return [
      index + 1,
      code,
      parsed.kind,
      parsed.startDate,
      parsed.endDate,
      defaultDueDate(parsed.kind, parsed.endDate),
      'OPEN',
    ];
  });
}

async function insertFramework(manager: EntityManager, framework: SyntheticFramework, periodIds: Map<string, number>) {
  const int = 'int[]';
  await bulkInsert(
    manager,
    'results_framework',
    [
      { name: 'id', arrayType: int },
      { name: 'title', arrayType: 'text[]' },
      { name: 'start_date', arrayType: 'date[]' },
      { name: 'end_date', arrayType: 'date[]' },
    ],
    [[framework.id, framework.title, framework.startDate, framework.endDate]],
  );
  await bulkInsert(
    manager,
    'outcome',
    [
      { name: 'id', arrayType: int },
      { name: 'framework_id', arrayType: int },
      { name: 'number', arrayType: 'smallint[]' },
      { name: 'title', arrayType: 'text[]' },
    ],
    framework.outcomes.map((o) => [o.id, framework.id, o.number, o.title]),
  );
  await bulkInsert(
    manager,
    'indicator',
    [
      { name: 'id', arrayType: int },
      { name: 'outcome_id', arrayType: int },
      { name: 'code', arrayType: 'text[]' },
      { name: 'title', arrayType: 'text[]' },
      { name: 'scope', arrayType: 'indicator_scope[]' },
      { name: 'measure', arrayType: 'measure[]' },
      { name: 'direction', arrayType: 'direction[]' },
      { name: 'aggregation', arrayType: 'aggregation[]' },
    ],
    framework.indicators.map((i) => [
      i.id,
      i.outcomeId,
      i.code,
      `Synthetic indicator ${i.code}`,
      i.scope,
      i.measure,
      i.direction,
      i.aggregation,
    ]),
  );
  const targetPeriod = periodIds.get(framework.bienniumCode)!;
  await bulkInsert(
    manager,
    'indicator_component',
    [
      { name: 'id', arrayType: int },
      { name: 'indicator_id', arrayType: int },
      { name: 'position', arrayType: 'smallint[]' },
      { name: 'baseline_value', arrayType: 'numeric[]' },
      { name: 'target_value', arrayType: 'numeric[]' },
      { name: 'target_narrative', arrayType: 'text[]' },
      { name: 'target_period_id', arrayType: int },
    ],
    framework.components.map((c) => [
      c.id,
      c.indicatorId,
      c.position,
      c.baselineValue,
      c.targetValue,
      c.targetNarrative,
      targetPeriod,
    ]),
  );
}

/**
 * Fills an empty database with a synthetic organization of the given scale. The same seed gives
 * the same rows. Refuses a database that holds demo data or anything else.
 */
export async function generateSyntheticData(
  dataSource: DataSource,
  scale: SyntheticScale,
  seed: number,
): Promise<SyntheticSummary> {
  const summary = await dataSource.transaction(async (manager) => {
    await claimDataset(manager, 'synthetic');
    const [{ rows }] = (await manager.query(
      'SELECT (SELECT count(*) FROM office) + (SELECT count(*) FROM results_framework) AS rows',
    )) as { rows: number }[];
    if (rows > 0) throw new Error('Synthetic data goes into an empty database only.');
    const random = new SeededRandom(seed);
    const offices = planOffices(scale.offices);
    await bulkInsert(
      manager,
      'office',
      [
        { name: 'id', arrayType: 'int[]' },
        { name: 'code', arrayType: 'text[]' },
        { name: 'name', arrayType: 'text[]' },
        { name: 'type', arrayType: 'office_type[]' },
        { name: 'parent_id', arrayType: 'int[]' },
      ],
      offices,
    );
    const periods = planPeriods(scale.quarters);
    await bulkInsert(
      manager,
      'reporting_period',
      ['id', 'code', 'kind', 'start_date', 'end_date', 'due_date', 'status'].map((name, index) => ({
        name,
        arrayType: ['int[]', 'text[]', 'period_kind[]', 'date[]', 'date[]', 'date[]', 'period_status[]'][index]!,
      })),
      periods,
    );
    const periodIds = new Map(periods.map((row) => [row[1] as string, row[0] as number]));
    const officeIds = offices.map((row) => row[0]);
    const frameworks = planFrameworks(scale, random);
    let results = 0;
    for (const framework of frameworks) {
      await insertFramework(manager, framework, periodIds);
      const quarterIds = framework.quarterCodes
        .map((code) => periodIds.get(code))
        .filter((id): id is number => id !== undefined);
      const rows = framework.components.flatMap((component) =>
        resultsOf(random, component, quarterIds, random.sample(officeIds, scale.officesPerComponent)),
      );
      await bulkInsert(
        manager,
        'indicator_result',
        [
          { name: 'component_id', arrayType: 'int[]' },
          { name: 'period_id', arrayType: 'int[]' },
          { name: 'office_id', arrayType: 'int[]' },
          { name: 'value', arrayType: 'numeric[]' },
          { name: 'milestone_status', arrayType: 'milestone_status[]' },
          { name: 'disaggregations', arrayType: 'jsonb[]' },
        ],
        rows,
      );
      results += rows.length;
    }
    for (const table of [
      'office',
      'reporting_period',
      'results_framework',
      'outcome',
      'indicator',
      'indicator_component',
    ]) {
      await syncSequence(manager, table);
    }
    return {
      offices: offices.length,
      periods: periods.length,
      frameworks: frameworks.length,
      indicators: frameworks.reduce((sum, f) => sum + f.indicators.length, 0),
      components: frameworks.reduce((sum, f) => sum + f.components.length, 0),
      results,
    };
  });
  // Fresh statistics, so that the planner sees a million rows rather than an empty table.
  await dataSource.query('ANALYZE');
  return summary;
}
