import { Module } from '@nestjs/common';
import { CommunityOfPracticeResolver } from '#src/km/community-of-practice/community-of-practice.resolver.js';
import { CommunityOfPracticeService } from '#src/km/community-of-practice/community-of-practice.service.js';
import { CopDiscussionModule } from '#src/km/community-of-practice/cop-discussion/cop-discussion.module.js';
import { CopMembershipTargetModule } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.module.js';

@Module({
  imports: [CopMembershipTargetModule, CopDiscussionModule],
  providers: [CommunityOfPracticeService, CommunityOfPracticeResolver],
})
export class CommunityOfPracticeModule {}
