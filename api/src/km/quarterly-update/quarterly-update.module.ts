import { Module } from '@nestjs/common';
import { CriticalIssueModule } from '#src/km/quarterly-update/critical-issue/critical-issue.module.js';
import { KeyContactModule } from '#src/km/quarterly-update/key-contact/key-contact.module.js';
import { QuarterlyUpdateResolver } from '#src/km/quarterly-update/quarterly-update.resolver.js';
import { QuarterlyUpdateService } from '#src/km/quarterly-update/quarterly-update.service.js';

@Module({
  imports: [CriticalIssueModule, KeyContactModule],
  providers: [QuarterlyUpdateService, QuarterlyUpdateResolver],
})
export class QuarterlyUpdateModule {}
