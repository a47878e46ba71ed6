import { Module } from '@nestjs/common';
import { CriticalIssueResolver } from '#src/critical-issue/critical-issue.resolver.js';
import { CriticalIssueService } from '#src/critical-issue/critical-issue.service.js';

@Module({ providers: [CriticalIssueService, CriticalIssueResolver] })
export class CriticalIssueModule {}
