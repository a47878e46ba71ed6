import { Module } from '@nestjs/common';
import { WorkAreaResolver } from '#src/work-area/work-area.resolver.js';
import { WorkAreaService } from '#src/work-area/work-area.service.js';

@Module({ providers: [WorkAreaService, WorkAreaResolver] })
export class WorkAreaModule {}
