import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { requestOf } from '#src/auth/access.guard.js';
import { FixedWindowCounter } from '#src/auth/login-rate-limiter.js';
import { AppConfigService } from '#src/config/app-config.service.js';

/** Limits login attempts per IP address and per email address, whatever their outcome. */
@Injectable()
export class LoginThrottleGuard implements CanActivate {
  private readonly byIp: FixedWindowCounter;
  private readonly byEmail: FixedWindowCounter;

  constructor(config: AppConfigService) {
    const windowMs = config.get('LOGIN_LIMIT_WINDOW_SECONDS') * 1000;
    this.byIp = new FixedWindowCounter({ limit: config.get('LOGIN_LIMIT_PER_IP'), windowMs });
    this.byEmail = new FixedWindowCounter({ limit: config.get('LOGIN_LIMIT_PER_EMAIL'), windowMs });
  }

  canActivate(context: ExecutionContext): boolean {
    const email = GqlExecutionContext.create(context).getArgs<{ email?: unknown }>().email;
    const ip = requestOf(context).ip ?? 'unknown';
    const wait = Math.max(
      this.byIp.hit(ip),
      this.byEmail.hit(typeof email === 'string' ? email.trim().toLowerCase() : ''),
    );
    if (wait > 0) {
      throw new HttpException(
        `too many login attempts: try again in ${Math.ceil(wait / 60_000)} minutes`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
