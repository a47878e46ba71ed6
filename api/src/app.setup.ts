import type { INestApplication } from '@nestjs/common';
import { argsValidationPipe } from '#src/common/validation/validation.pipe.js';

/** What every instance of the API needs beyond its modules; main.ts and the tests both call it. */
export function configureApp(app: INestApplication): INestApplication {
  app.enableShutdownHooks();
  app.useGlobalPipes(argsValidationPipe());
  return app;
}
