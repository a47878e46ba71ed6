import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '#src/app.module.js';
import { configureApp } from '#src/app.setup.js';
import { AppConfigService } from '#src/config/app-config.service.js';
import { DatabaseBootstrap } from '#src/database/database-bootstrap.service.js';

async function bootstrap(): Promise<void> {
  const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule));
  await app.get(DatabaseBootstrap).prepare();
  const config = app.get(AppConfigService);
  await app.listen(config.get('PORT'), config.get('HOST'));
  const shownHost = ['0.0.0.0', '::', '127.0.0.1'].includes(config.get('HOST')) ? 'localhost' : config.get('HOST');
  const url = `http://${shownHost}:${config.get('PORT')}`;
  new Logger('Bootstrap').log(`ROAP results tracker ready at ${url}/ (GraphQL API at ${url}/graphql)`);
}

await bootstrap();
