import { Module } from '@nestjs/common';
import { CommunityOfPracticeResolver } from '#src/community-of-practice/community-of-practice.resolver.js';
import { CommunityOfPracticeService } from '#src/community-of-practice/community-of-practice.service.js';

@Module({ providers: [CommunityOfPracticeService, CommunityOfPracticeResolver] })
export class CommunityOfPracticeModule {}
