import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { configureApp } from '#src/app.setup.js';
import { logLevelOf } from '#src/platform/config/app-config.service.js';
import { validateEnvironment, type EnvironmentVariables } from '#src/platform/config/env.validation.js';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { DatabaseBootstrap } from '#src/platform/database/database-bootstrap.service.js';
import { exitGracefullyOnSignals } from '#src/platform/lifecycle/graceful-shutdown.js';
import { createAppLogger, createFallbackLogger } from '#src/platform/logging/app-logger.js';

/** A wrong variable stops start-up here, named in one log line, before anything else runs. */
function environmentOrExit(): EnvironmentVariables {
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    createFallbackLogger().fatal((error as Error).message);
    process.exit(1);
  }
}

async function bootstrap(environment: EnvironmentVariables): Promise<void> {
  const logger = createAppLogger(logLevelOf(environment.LOG_LEVEL, environment.NODE_ENV));
  try {
    // Imported once the environment is known to be valid: the configuration module checks it again as it loads.
    const { AppModule } = await import('#src/app.module.js');
    const app = configureApp(
      await NestFactory.create<NestExpressApplication>(AppModule, { logger, abortOnError: false }),
    );
    app.useLogger(app.get(Logger));
    await app.get(DatabaseBootstrap).migrate();
    await app.get(DemoDataLoader).loadWhenEnabled();
    await app.listen(environment.PORT, environment.HOST);
    exitGracefullyOnSignals(app, environment.SHUTDOWN_TIMEOUT_MS);
    const shownHost = ['0.0.0.0', '::', '127.0.0.1'].includes(environment.HOST) ? 'localhost' : environment.HOST;
    const url = `http://${shownHost}:${environment.PORT}`;
    logger.log(`ROAP results tracker ready at ${url}/ (GraphQL API at ${url}/graphql)`, 'Bootstrap');
  } catch (error) {
    logger.fatal(`start-up failed: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
    process.exit(1);
  }
}

await bootstrap(environmentOrExit());
