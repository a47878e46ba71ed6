import type { DataSource } from 'typeorm';
import { CopDiscussionEntity } from '#src/cop-discussion/cop-discussion.entity.js';
import { byParentLoader } from '#src/dataloader/loader.util.js';

export const createCopDiscussionLoaders = (dataSource: DataSource) => ({
  discussionsByCommunity: byParentLoader(dataSource, CopDiscussionEntity, 'communityId', 'startDate'),
});
