import type { DataSource } from 'typeorm';
import { byParentLoader } from '#src/dataloader/loader.util.js';
import { IntermediateTargetEntity } from '#src/intermediate-target/intermediate-target.entity.js';

export const createIntermediateTargetLoaders = (dataSource: DataSource) => ({
  intermediateTargetsByComponent: byParentLoader(dataSource, IntermediateTargetEntity, 'componentId', 'periodId'),
});
