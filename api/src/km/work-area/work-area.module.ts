import { Module } from '@nestjs/common';
import { WorkAreaStatusModule } from '#src/km/work-area/work-area-status/work-area-status.module.js';
import { WorkAreaResolver } from '#src/km/work-area/work-area.resolver.js';
import { WorkAreaService } from '#src/km/work-area/work-area.service.js';

@Module({ imports: [WorkAreaStatusModule], providers: [WorkAreaService, WorkAreaResolver] })
export class WorkAreaModule {}
