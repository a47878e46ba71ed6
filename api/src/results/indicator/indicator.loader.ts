import type { DataSource } from 'typeorm';
import { byIdLoader, byParentLoader, bySuccessorLoader } from '#src/common/dataloader/loader.util.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';

export const createIndicatorLoaders = (dataSource: DataSource) => ({
  indicatorById: byIdLoader(dataSource, IndicatorEntity),
  indicatorsByOutcome: byParentLoader(dataSource, IndicatorEntity, 'outcomeId', 'code'),
  /** The indicator of the next framework version that continues this one, if any. */
  indicatorSuccessor: bySuccessorLoader(dataSource, IndicatorEntity),
});
