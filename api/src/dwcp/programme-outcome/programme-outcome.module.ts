import { Module } from '@nestjs/common';
import { ProgrammeOutcomeResolver } from '#src/dwcp/programme-outcome/programme-outcome.resolver.js';
import { ProgrammeOutcomeService } from '#src/dwcp/programme-outcome/programme-outcome.service.js';

@Module({ providers: [ProgrammeOutcomeService, ProgrammeOutcomeResolver] })
export class ProgrammeOutcomeModule {}
