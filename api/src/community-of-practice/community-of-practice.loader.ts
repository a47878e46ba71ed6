import type { DataSource } from 'typeorm';
import { CommunityOfPracticeEntity } from '#src/community-of-practice/community-of-practice.entity.js';
import { byIdLoader } from '#src/dataloader/loader.util.js';

export const createCommunityOfPracticeLoaders = (dataSource: DataSource) => ({
  communityById: byIdLoader(dataSource, CommunityOfPracticeEntity),
});
