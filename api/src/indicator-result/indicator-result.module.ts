import { Module } from '@nestjs/common';
import { IndicatorResultResolver } from '#src/indicator-result/indicator-result.resolver.js';
import { IndicatorResultService } from '#src/indicator-result/indicator-result.service.js';

@Module({ providers: [IndicatorResultService, IndicatorResultResolver] })
export class IndicatorResultModule {}
