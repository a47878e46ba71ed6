import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { loggerParams } from '#src/platform/logging/log-options.js';

/** JSON lines on stdout through pino, with a request id on every line logged during a request. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => loggerParams(config.logLevel),
    }),
  ],
})
export class LoggingModule {}
