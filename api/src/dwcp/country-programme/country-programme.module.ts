import { Module } from '@nestjs/common';
import { CountryProgrammeResolver } from '#src/dwcp/country-programme/country-programme.resolver.js';
import { CountryProgrammeService } from '#src/dwcp/country-programme/country-programme.service.js';

@Module({ providers: [CountryProgrammeService, CountryProgrammeResolver] })
export class CountryProgrammeModule {}
