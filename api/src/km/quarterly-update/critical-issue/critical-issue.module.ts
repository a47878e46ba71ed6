import { Module } from '@nestjs/common';
import { CriticalIssueResolver } from '#src/km/quarterly-update/critical-issue/critical-issue.resolver.js';
import { CriticalIssueService } from '#src/km/quarterly-update/critical-issue/critical-issue.service.js';

@Module({ providers: [CriticalIssueService, CriticalIssueResolver] })
export class CriticalIssueModule {}
