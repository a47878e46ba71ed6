import type { DataSource, EntityManager } from 'typeorm';
import { claimDataset } from '#src/datasets/dataset-marker.js';
import { bulkInsert, syncSequence } from '#src/datasets/synthetic/bulk-insert.js';
import { SeededRandom } from '#src/datasets/synthetic/random.js';
import { planFrameworks, type SyntheticFramework } from '#src/datasets/synthetic/synthetic-framework.js';
import { insertProgrammes } from '#src/datasets/synthetic/synthetic-dwcp.js';
import {
  IMPORT_OFFICE_CODE,
  insertOrganization,
  planOffices,
  planPeriods,
} from '#src/datasets/synthetic/synthetic-organization.js';
import { insertReports } from '#src/datasets/synthetic/synthetic-reports.js';
import { resultsOf } from '#src/datasets/synthetic/synthetic-results.js';
import type { SyntheticScale } from '#src/datasets/synthetic/synthetic-scale.js';
import { insertUsers } from '#src/datasets/synthetic/synthetic-users.js';

export interface SyntheticSummary {
  offices: number;
  periods: number;
  frameworks: number;
  indicators: number;
  components: number;
  results: number;
  users: number;
  programmes: number;
  plans: number;
  planItems: number;
  reports: number;
  lines: number;
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
    // Millions of generated rows are not changes anyone made: they leave no audit entries.
    await manager.query(`SELECT set_config('roap.audit', 'off', true)`);
    const [{ rows }] = (await manager.query(
      'SELECT (SELECT count(*) FROM office) + (SELECT count(*) FROM results_framework) AS rows',
    )) as { rows: number }[];
    if (rows > 0) throw new Error('Synthetic data goes into an empty database only.');
    const random = new SeededRandom(seed);
    const offices = planOffices(scale.offices);
    const periods = planPeriods(scale.quarters);
    const quarters = await insertOrganization(manager, offices, periods);
    const periodIds = new Map(periods.map(([id, code]) => [code, id]));
    const importOffice = offices.find((office) => office.code === IMPORT_OFFICE_CODE)!;
    // CO-IMPORT has no results outside its reports: the import benchmark may fill every indicator
    // of its template, and a report cannot overwrite a result entered on its own.
    const officeIds = offices.filter((office) => office !== importOffice).map((office) => office.id);
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
    const programmeOffices = offices.filter((office) => office.parentId !== null);
    const users = await insertUsers(manager, offices[0]!, programmeOffices);
    // Its own stream, so that the DWCP rows do not change when the results do.
    const dwcpRandom = new SeededRandom(seed ^ 0x5eed);
    const dwcp = await insertProgrammes(manager, {
      scale,
      random: dwcpRandom,
      offices: programmeOffices,
      importOfficeId: importOffice.id,
      frameworks,
      quarters,
    });
    const reported = await insertReports(manager, {
      random: dwcpRandom,
      quarters,
      plans: dwcp.plans,
      draftQuarters: scale.draftQuarters,
      users,
    });
    for (const table of [
      'office',
      'reporting_period',
      'results_framework',
      'outcome',
      'indicator',
      'indicator_component',
      'country_programme',
      'programme_outcome',
      'implementation_plan',
      'plan_item',
      'progress_report',
      'progress_report_line',
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
      users: users.count,
      programmes: dwcp.programmes,
      plans: dwcp.plans.length,
      planItems: dwcp.planItems,
      ...reported,
    };
  });
  // Fresh statistics, so that the planner sees a million rows rather than an empty table.
  await dataSource.query('ANALYZE');
  return summary;
}
