import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '#src/platform/auth/access.decorator.js';
import { DatabaseHealth } from '#src/platform/health/database-health.service.js';

/**
 * Probes for orchestrators and load balancers, public like login (they say nothing of the data):
 * 200 with terminus' report when healthy, 503 with the same report when not.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealth,
  ) {}

  /** The process is up and serving HTTP. The database is not asked: restarting the API would not bring it back. */
  @Public()
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready for traffic: the database answers and its schema is current. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.reachable(), () => this.database.migrated()]);
  }
}
