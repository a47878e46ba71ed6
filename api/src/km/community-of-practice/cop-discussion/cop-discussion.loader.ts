import type { DataSource } from 'typeorm';
import { CopDiscussionEntity } from '#src/km/community-of-practice/cop-discussion/cop-discussion.entity.js';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';

export const createCopDiscussionLoaders = (dataSource: DataSource) => ({
  discussionsByCommunity: byParentLoader(dataSource, CopDiscussionEntity, 'communityId', 'startDate'),
});
