import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { validateEnvironment } from '#src/platform/config/env.validation.js';
import { ReportingClock } from '#src/platform/config/reporting-clock.service.js';

@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, validate: validateEnvironment, cache: true })],
  providers: [AppConfigService, ReportingClock],
  exports: [AppConfigService, ReportingClock],
})
export class AppConfigModule {}
