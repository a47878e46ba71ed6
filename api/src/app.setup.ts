import type { NestExpressApplication } from '@nestjs/platform-express';
import { fileURLToPath } from 'node:url';
import helmet from 'helmet';
import { argsValidationPipe } from '#src/common/validation/validation.pipe.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { serveUi } from '#src/platform/web-ui/serve-ui.middleware.js';

/** What every instance of the API needs beyond its modules; main.ts and the tests both call it. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get(AppConfigService);
  // No enableShutdownHooks(): main.ts handles SIGTERM itself, draining requests before closing (lifecycle/).
  app.useGlobalPipes(argsValidationPipe());
  // GraphQL answers are POSTs nobody revalidates: hashing each body for an ETag only costs time.
  app.set('etag', false);
  // Behind a load balancer, the client's address (the sign-in limits count by it) comes from it.
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: config.get('REQUEST_BODY_LIMIT') });
  // GraphiQL (development only) loads its scripts from a CDN, which a strict policy would block.
  app.use(
    helmet({ contentSecurityPolicy: config.graphiqlEnabled ? false : undefined, crossOriginEmbedderPolicy: false }),
  );
  // The react-admin interface, built into admin-ui/dist, on the same port as the API, compressed and cached
  // (platform/web-ui). Without a build (API tests, `npm run dev`), nothing is served there.
  app.use(serveUi(fileURLToPath(new URL('../../admin-ui/dist', import.meta.url))));
  const origins = config
    .get('CORS_ORIGINS')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins });
  return app;
}
