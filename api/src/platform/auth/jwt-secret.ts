import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfigService } from '#src/platform/config/app-config.service.js';

/**
 * JWT_SECRET when set (production refuses to start without it: see env.validation.ts). In tests a
 * random secret per process; in development one generated once and kept in DATA_DIR.
 */
export function resolveJwtSecret(config: AppConfigService): string {
  const configured = config.get('JWT_SECRET');
  if (configured) return configured;
  if (config.get('NODE_ENV') === 'test') return randomBytes(48).toString('base64');
  const dir = config.get('DATA_DIR');
  const file = join(dir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  }
  new Logger('Auth').warn(`JWT_SECRET is not set: signing tokens with the development secret in ${file}`);
  return readFileSync(file, 'utf8').trim();
}
