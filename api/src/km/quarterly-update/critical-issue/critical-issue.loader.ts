import type { DataSource } from 'typeorm';
import { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';

export const createCriticalIssueLoaders = (dataSource: DataSource) => ({
  criticalIssuesByUpdate: byParentLoader(dataSource, CriticalIssueEntity, 'updateId', 'position'),
});
