import { Module } from '@nestjs/common';
import { ResultsFrameworkResolver } from '#src/results/results-framework/results-framework.resolver.js';
import { ResultsFrameworkService } from '#src/results/results-framework/results-framework.service.js';

@Module({ providers: [ResultsFrameworkService, ResultsFrameworkResolver] })
export class ResultsFrameworkModule {}
