import { Module } from '@nestjs/common';
import { OutcomeResolver } from '#src/results/outcome/outcome.resolver.js';
import { OutcomeService } from '#src/results/outcome/outcome.service.js';

@Module({ providers: [OutcomeService, OutcomeResolver] })
export class OutcomeModule {}
