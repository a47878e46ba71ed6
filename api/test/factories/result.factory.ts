import type { DataSource } from 'typeorm';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';

export function createResult(
  dataSource: DataSource,
  keys: { componentId: number; periodId: number; officeId: number },
  overrides: Partial<IndicatorResultEntity> = {},
) {
  return dataSource.getRepository(IndicatorResultEntity).save({
    ...keys,
    value: null,
    narrative: null,
    milestoneStatus: null,
    evidenceLinks: [],
    disaggregations: [],
    ...overrides,
  });
}
