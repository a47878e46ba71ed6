import { Module } from '@nestjs/common';
import { IndicatorResolver } from '#src/results/indicator/indicator.resolver.js';
import { IndicatorService } from '#src/results/indicator/indicator.service.js';

@Module({ providers: [IndicatorService, IndicatorResolver] })
export class IndicatorModule {}
