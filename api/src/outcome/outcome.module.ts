import { Module } from '@nestjs/common';
import { OutcomeResolver } from '#src/outcome/outcome.resolver.js';
import { OutcomeService } from '#src/outcome/outcome.service.js';

@Module({ providers: [OutcomeService, OutcomeResolver] })
export class OutcomeModule {}
