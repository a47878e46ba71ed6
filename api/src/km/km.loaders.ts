import type { DataSource } from 'typeorm';
import { createCommunityOfPracticeLoaders } from '#src/km/community-of-practice/community-of-practice.loader.js';
import { createCopDiscussionLoaders } from '#src/km/community-of-practice/cop-discussion/cop-discussion.loader.js';
import { createCopMembershipTargetLoaders } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.loader.js';
import { createKmMilestoneLoaders } from '#src/km/km-milestone/km-milestone.loader.js';
import { createCriticalIssueLoaders } from '#src/km/quarterly-update/critical-issue/critical-issue.loader.js';
import { createKeyContactLoaders } from '#src/km/quarterly-update/key-contact/key-contact.loader.js';
import { createWorkAreaStatusLoaders } from '#src/km/work-area/work-area-status/work-area-status.loader.js';
import { createWorkAreaLoaders } from '#src/km/work-area/work-area.loader.js';

export const createKmLoaders = (dataSource: DataSource) => ({
  ...createKmMilestoneLoaders(dataSource),
  ...createWorkAreaLoaders(dataSource),
  ...createWorkAreaStatusLoaders(dataSource),
  ...createCriticalIssueLoaders(dataSource),
  ...createKeyContactLoaders(dataSource),
  ...createCommunityOfPracticeLoaders(dataSource),
  ...createCopMembershipTargetLoaders(dataSource),
  ...createCopDiscussionLoaders(dataSource),
});
