import type { DataSource } from 'typeorm';
import { CopMembershipTargetEntity } from '#src/cop-membership-target/cop-membership-target.entity.js';
import { byParentLoader } from '#src/dataloader/loader.util.js';

export const createCopMembershipTargetLoaders = (dataSource: DataSource) => ({
  membershipTargetsByCommunity: byParentLoader(dataSource, CopMembershipTargetEntity, 'communityId', 'position'),
});
