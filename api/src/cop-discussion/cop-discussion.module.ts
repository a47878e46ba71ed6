import { Module } from '@nestjs/common';
import { CopDiscussionResolver } from '#src/cop-discussion/cop-discussion.resolver.js';
import { CopDiscussionService } from '#src/cop-discussion/cop-discussion.service.js';

@Module({ providers: [CopDiscussionService, CopDiscussionResolver] })
export class CopDiscussionModule {}
