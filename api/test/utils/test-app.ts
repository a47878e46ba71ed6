import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '#src/app.module.js';
import { configureApp } from '#src/app.setup.js';
import { type Role } from '#src/platform/auth/role.enum.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import type { EnvironmentVariables } from '#src/platform/config/env.validation.js';
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

/** Settings a test needs that differ from the environment's (an SMTP server of its own, say). */
export type ConfigOverrides = Partial<EnvironmentVariables>;

/**
 * Boots an API of its own on this worker's test database (test/utils/global-setup.mjs), migrated and
 * emptied; the caller closes it. Most test files share one instead: see sharedTestApp().
 */
export async function createTestApp(overrides: ConfigOverrides = {}): Promise<TestApp> {
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (Object.keys(overrides).length > 0) {
    builder = builder.overrideProvider(AppConfigService).useFactory({
      factory: (config: ConfigService<EnvironmentVariables, true>) => overriddenConfig(config, overrides),
      inject: [ConfigService],
    });
  }
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] }));
  await app.init();
  const dataSource = app.get(DataSource);
  const jwt = app.get(JwtService);
  await dataSource.runMigrations({ transaction: 'each' });
  // As login signs it: the user's id and credential version (a user changed since holds another).
  const tokenFor = (user: UserEntity) => jwt.sign({ sub: user.id, ver: user.credentialVersion });
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

let shared: Promise<TestApp> | undefined;

/**
 * The API shared by every test file of a suite (one suite per domain, test/integration/*.integration-spec.ts):
 * booted on the first call, emptied on every call. The suite closes it when its files are done.
 */
export async function sharedTestApp(): Promise<TestApp> {
  if (!shared) {
    shared = createTestApp();
    return shared;
  }
  const app = await shared;
  await app.reset();
  return app;
}

/** Called once by the suite after its last file (test/utils/suite.ts). */
export async function closeSharedTestApp(): Promise<void> {
  const app = await shared;
  shared = undefined;
  await app?.close();
}

function overriddenConfig(
  config: ConfigService<EnvironmentVariables, true>,
  overrides: ConfigOverrides,
): AppConfigService {
  return new (class extends AppConfigService {
    override get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
      return key in overrides ? (overrides[key] as EnvironmentVariables[K]) : super.get(key);
    }
  })(config);
}

/** Empties every table the migrations made (their own bookkeeping and the data revision counter excepted). */
export async function resetDatabase(dataSource: DataSource): Promise<void> {
  const tables = (await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('typeorm_migrations', 'data_revision')`,
  )) as { tablename: string }[];
  // The audit log refuses TRUNCATE by trigger; replica mode (superuser, this transaction only) skips triggers.
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  });
}
