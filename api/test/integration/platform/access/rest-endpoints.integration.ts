import { beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { ACCESS_RULE, type AccessRule } from '#src/platform/auth/access.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const { ADMIN, REGIONAL_MANAGER: RM, KM_OFFICER: KM, PROGRAMME_OFFICER: PO, VIEWER } = Role;
const ALL = [ADMIN, RM, KM, PO, VIEWER];

// The downloads, uploads and health checks of docs/security.md, written out independently of the controllers.
const EXPECTED: Record<string, Role[] | 'public'> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /exports/km-update': [ADMIN, RM, KM, PO],
  'GET /exports/tracking-table': ALL,
  'GET /exports/report-template': [ADMIN, KM, PO],
  'POST /imports/report-template': [ADMIN, KM, PO],
};

interface Route {
  key: string;
  rule: AccessRule | undefined;
}

const joinPath = (...parts: (string | undefined)[]) =>
  `/${parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every HTTP route the application's controllers declare, with the access rule it carries. */
function declaredRoutes(t: TestApp): Route[] {
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prefix = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      const classRule = Reflect.getMetadata(ACCESS_RULE, controller) as AccessRule | undefined;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        routes.push({
          key: `${method} ${joinPath(prefix, path)}`,
          rule: (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ?? classRule,
        });
      }
    }
  }
  return routes;
}

describe('REST endpoints (downloads and uploads): default deny', () => {
  let t: TestApp;
  let routes: Route[];

  beforeAll(async () => {
    t = await sharedTestApp();
    routes = declaredRoutes(t);
  });

  it('every route declares who may call it, as the matrix says', () => {
    expect(Object.fromEntries(routes.map((route) => [route.key, route.rule]))).toEqual(
      Object.fromEntries(
        Object.entries(EXPECTED).map(([key, roles]) => [key, roles === 'public' ? { public: true } : { roles }]),
      ),
    );
  });

  it('docs/security.md lists every route', () => {
    const matrix = readFileSync(new URL('../../../../../docs/security.md', import.meta.url), 'utf8');
    for (const key of Object.keys(EXPECTED)) expect(matrix).toContain(`\`${key}`);
  });

  it('answers anonymous callers of the public routes', async () => {
    const publicRoutes = Object.keys(EXPECTED).filter((key) => EXPECTED[key] === 'public');
    for (const key of publicRoutes) {
      const response = await request(t.app.getHttpServer()).get(key.split(' ')[1]!);
      expect({ key, status: response.status, body: response.body as unknown }).toMatchObject({
        key,
        status: 200,
        body: { status: 'ok' },
      });
    }
  });

  it('refuses anonymous callers (401) and roles outside the rule (403) before reading any argument', async () => {
    const server = t.app.getHttpServer();
    const call = (key: string) => {
      const [method, path] = key.split(' ') as ['GET' | 'POST', string];
      return method === 'GET' ? request(server).get(path) : request(server).post(path);
    };
    for (const [key, roles] of Object.entries(EXPECTED)) {
      if (roles === 'public') continue;
      expect({ key, status: (await call(key)).status }).toEqual({ key, status: 401 });
      for (const role of ALL.filter((candidate) => !roles.includes(candidate))) {
        const { token } = await t.signedIn(role);
        const response = await call(key).set('authorization', `Bearer ${token}`);
        expect({ key, role, status: response.status }).toEqual({ key, role, status: 403 });
      }
    }
  });
});
