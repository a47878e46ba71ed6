import type { DataSource } from 'typeorm';
import { byIdLoader, byParentLoader } from '#src/common/dataloader/loader.util.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';

export const createPlanItemLoaders = (dataSource: DataSource) => ({
  planItemsByPlan: byParentLoader(dataSource, PlanItemEntity, 'planId', 'code'),
  planItemById: byIdLoader(dataSource, PlanItemEntity),
});
