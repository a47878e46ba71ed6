import { Module } from '@nestjs/common';
import { CopMembershipTargetResolver } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.resolver.js';
import { CopMembershipTargetService } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.service.js';

@Module({ providers: [CopMembershipTargetService, CopMembershipTargetResolver] })
export class CopMembershipTargetModule {}
