import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from '#src/platform/auth/access.guard.js';
import { ActorLoader } from '#src/platform/auth/actor.loader.js';
import { AuthResolver } from '#src/platform/auth/auth.resolver.js';
import { AuthService } from '#src/platform/auth/auth.service.js';
import { resolveJwtSecret } from '#src/platform/auth/jwt-secret.js';
import { LoginThrottleGuard } from '#src/platform/auth/login-throttle.guard.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        // A KeyObject made once: given a string, jsonwebtoken builds one on every verification.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config))),
        signOptions: { algorithm: 'HS256', expiresIn: config.get('JWT_EXPIRES_IN') as `${number}h` },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    ActorLoader,
    AuthService,
    AuthResolver,
    LoginThrottleGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [ActorLoader],
})
export class AuthModule {}
