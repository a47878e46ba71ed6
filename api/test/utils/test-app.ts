import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '#src/app.module.js';
import { configureApp } from '#src/app.setup.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Posts a GraphQL operation over HTTP, as a browser would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

const APP_TABLES = [
  'indicator_result',
  'intermediate_target',
  'indicator_component',
  'indicator',
  'outcome',
  'results_framework',
  'reporting_period',
  'office',
  'app_metadata',
];

/** Boots the whole API on the test database (global-setup.mjs), migrated and emptied. */
export async function createTestApp(): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'warn'] }));
  await app.init();
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  await resetDatabase(dataSource);
  return {
    app,
    dataSource,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await request(app.getHttpServer()).post('/graphql').send({ query, variables });
      return response.body as GraphQLResponse<T>;
    },
    close: () => app.close(),
  };
}

export async function resetDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE ${APP_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}
