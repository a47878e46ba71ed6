import type { DataSource } from 'typeorm';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';
import { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';

export const createIntermediateTargetLoaders = (dataSource: DataSource) => ({
  intermediateTargetsByComponent: byParentLoader(dataSource, IntermediateTargetEntity, 'componentId', 'periodId'),
});
