import { Module } from '@nestjs/common';
import { QuarterlyUpdateResolver } from '#src/quarterly-update/quarterly-update.resolver.js';
import { QuarterlyUpdateService } from '#src/quarterly-update/quarterly-update.service.js';

@Module({ providers: [QuarterlyUpdateService, QuarterlyUpdateResolver] })
export class QuarterlyUpdateModule {}
