import { Module } from '@nestjs/common';
import { ProgrammeOutcomeResolver } from '#src/programme-outcome/programme-outcome.resolver.js';
import { ProgrammeOutcomeService } from '#src/programme-outcome/programme-outcome.service.js';

@Module({ providers: [ProgrammeOutcomeService, ProgrammeOutcomeResolver] })
export class ProgrammeOutcomeModule {}
