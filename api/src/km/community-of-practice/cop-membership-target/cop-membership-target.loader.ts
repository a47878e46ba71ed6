import type { DataSource } from 'typeorm';
import { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';

export const createCopMembershipTargetLoaders = (dataSource: DataSource) => ({
  membershipTargetsByCommunity: byParentLoader(dataSource, CopMembershipTargetEntity, 'communityId', 'position'),
});
