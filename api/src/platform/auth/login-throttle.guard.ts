import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { requestOf } from '#src/platform/auth/access.guard.js';
import { LoginAttemptCounter } from '#src/platform/auth/login-rate-limiter.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';

/**
 * Limits login attempts per IP address and per email address, whatever their outcome; the
 * counts live in PostgreSQL, shared by every API instance.
 */
@Injectable()
export class LoginThrottleGuard implements CanActivate {
  private readonly counter: LoginAttemptCounter;

  constructor(
    private readonly config: AppConfigService,
    dataSource: DataSource,
  ) {
    this.counter = new LoginAttemptCounter(dataSource, config.get('LOGIN_LIMIT_WINDOW_SECONDS') * 1000);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const email = GqlExecutionContext.create(context).getArgs<{ email?: unknown }>().email;
    const ip = requestOf(context).ip ?? 'unknown';
    const wait = await this.counter.hit([
      { key: `ip:${ip}`, limit: this.config.get('LOGIN_LIMIT_PER_IP') },
      {
        key: `email:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`,
        limit: this.config.get('LOGIN_LIMIT_PER_EMAIL'),
      },
    ]);
    if (wait > 0) {
      throw new HttpException(
        `too many login attempts: try again in ${Math.ceil(wait / 60_000)} minutes`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
