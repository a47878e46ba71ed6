import { Module } from '@nestjs/common';
import { IndicatorResultResolver } from '#src/results/indicator-result/indicator-result.resolver.js';
import { IndicatorResultService } from '#src/results/indicator-result/indicator-result.service.js';

@Module({ providers: [IndicatorResultService, IndicatorResultResolver] })
export class IndicatorResultModule {}
