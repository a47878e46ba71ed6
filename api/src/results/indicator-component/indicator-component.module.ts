import { Module } from '@nestjs/common';
import { IndicatorComponentResolver } from '#src/results/indicator-component/indicator-component.resolver.js';
import { IndicatorComponentService } from '#src/results/indicator-component/indicator-component.service.js';

@Module({ providers: [IndicatorComponentService, IndicatorComponentResolver] })
export class IndicatorComponentModule {}
