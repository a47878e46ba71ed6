import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '#src/app.module.js';
import { configureApp } from '#src/app.setup.js';
import { type Role } from '#src/platform/auth/role.enum.js';
import type { UserEntity } from '#src/platform/user/user.entity.js';
import { createUser } from '#test/factories/user.factory.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Posts a GraphQL operation over HTTP, signed in as the test administrator unless `token` says otherwise (null: anonymous). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A token for the user, as login would give. */
  tokenFor(user: UserEntity): string;
  /** A signed-in user of `role` working for `officeIds`. */
  signedIn(role: Role, officeIds?: number[]): Promise<{ user: UserEntity; token: string }>;
  /** Empties every table and signs the test administrator in again. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const APP_TABLES = [
  'login_attempt_window',
  'key_contact',
  'critical_issue',
  'quarterly_update',
  'work_area_status',
  'work_area',
  'km_milestone',
  'cop_discussion',
  'cop_membership_target',
  'community_of_practice',
  'notification',
  'audit_entry',
  'report_snapshot',
  'progress_report_line',
  'progress_report',
  'plan_item',
  'implementation_plan',
  'programme_outcome',
  'country_programme',
  'app_user',
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
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] }));
  await app.init();
  const dataSource = app.get(DataSource);
  const jwt = app.get(JwtService);
  await dataSource.runMigrations({ transaction: 'each' });
  const tokenFor = (user: UserEntity) => jwt.sign({ sub: user.id });
  let adminToken = '';
  const reset = async () => {
    await resetDatabase(dataSource);
    adminToken = tokenFor(await createUser(dataSource, { email: 'test-admin@example.org' }));
  };
  await reset();
  return {
    app,
    dataSource,
    async gql<T>(query: string, variables?: Record<string, unknown>, token: string | null = adminToken) {
      const call = request(app.getHttpServer()).post('/graphql');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return response.body as GraphQLResponse<T>;
    },
    tokenFor,
    async signedIn(role: Role, officeIds: number[] = []) {
      const user = await createUser(dataSource, { role, officeIds });
      return { user, token: tokenFor(user) };
    },
    reset,
    close: () => app.close(),
  };
}

export async function resetDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE ${APP_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}
