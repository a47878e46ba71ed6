import type { DataSource } from 'typeorm';

const TABLES = [
  'office',
  'reporting_period',
  'results_framework',
  'outcome',
  'indicator',
  'indicator_component',
  'intermediate_target',
  'target_revision',
  'indicator_result',
  'quarterly_update',
  'critical_issue',
  'key_contact',
  'km_milestone',
  'work_area',
  'work_area_status',
  'community_of_practice',
  'cop_membership_target',
  'cop_discussion',
];

/** Row counts of every table: equal before and after a refused request means nothing was written. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = (await dataSource.query(
    `SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`,
  )) as Record<string, number>[];
  return row!;
}
