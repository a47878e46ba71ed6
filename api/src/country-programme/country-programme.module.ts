import { Module } from '@nestjs/common';
import { CountryProgrammeResolver } from '#src/country-programme/country-programme.resolver.js';
import { CountryProgrammeService } from '#src/country-programme/country-programme.service.js';

@Module({ providers: [CountryProgrammeService, CountryProgrammeResolver] })
export class CountryProgrammeModule {}
