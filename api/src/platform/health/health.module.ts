import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealth } from '#src/platform/health/database-health.service.js';
import { HealthController } from '#src/platform/health/health.controller.js';

@Module({
  // DatabaseHealth logs the cause of a failed check; terminus' own report of it would repeat it as an error.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [DatabaseHealth],
})
export class HealthModule {}
