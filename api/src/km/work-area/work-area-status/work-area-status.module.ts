import { Module } from '@nestjs/common';
import { WorkAreaStatusResolver } from '#src/km/work-area/work-area-status/work-area-status.resolver.js';
import { WorkAreaStatusService } from '#src/km/work-area/work-area-status/work-area-status.service.js';

@Module({ providers: [WorkAreaStatusService, WorkAreaStatusResolver] })
export class WorkAreaStatusModule {}
