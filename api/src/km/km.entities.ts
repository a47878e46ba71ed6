import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { CopDiscussionEntity } from '#src/km/community-of-practice/cop-discussion/cop-discussion.entity.js';
import { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import { KmMilestoneComponentEntity } from '#src/km/km-milestone/km-milestone-component.entity.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';
import { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';
import { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';

export const KM_ENTITIES = [
  QuarterlyUpdateEntity,
  CriticalIssueEntity,
  KeyContactEntity,
  KmMilestoneEntity,
  KmMilestoneComponentEntity,
  WorkAreaEntity,
  WorkAreaStatusEntity,
  CommunityOfPracticeEntity,
  CopMembershipTargetEntity,
  CopDiscussionEntity,
];
