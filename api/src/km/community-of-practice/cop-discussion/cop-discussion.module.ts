import { Module } from '@nestjs/common';
import { CopDiscussionResolver } from '#src/km/community-of-practice/cop-discussion/cop-discussion.resolver.js';
import { CopDiscussionService } from '#src/km/community-of-practice/cop-discussion/cop-discussion.service.js';

@Module({ providers: [CopDiscussionService, CopDiscussionResolver] })
export class CopDiscussionModule {}
