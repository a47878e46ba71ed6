import type { DataSource } from 'typeorm';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { byIdLoader } from '#src/common/dataloader/loader.util.js';

export const createCommunityOfPracticeLoaders = (dataSource: DataSource) => ({
  communityById: byIdLoader(dataSource, CommunityOfPracticeEntity),
});
