import { Module } from '@nestjs/common';
import { IndicatorResolver } from '#src/indicator/indicator.resolver.js';
import { IndicatorService } from '#src/indicator/indicator.service.js';

@Module({ providers: [IndicatorService, IndicatorResolver] })
export class IndicatorModule {}
