import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from '#src/platform/auth/access.decorator.js';
import type { ClassRef, ModuleClasses } from '#src/contract/module-tree.js';

type Method = (...args: never[]) => unknown;

/** Who may call what: the roles of each GraphQL query and mutation and of each HTTP route, or "PUBLIC". */
export interface AccessRules {
  operations: Record<string, readonly string[] | 'PUBLIC'>;
  routes: Record<string, readonly string[] | 'PUBLIC'>;
}

const shown = (rule: AccessRule | undefined): readonly string[] | 'PUBLIC' =>
  !rule ? [] : 'public' in rule ? 'PUBLIC' : [...rule.roles].sort();

/** Methods of a class and of the classes it extends (the CRUD operations live in a generated base). */
function methodsOf(type: ClassRef): Method[] {
  const methods: Method[] = [];
  for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const value = Object.getOwnPropertyDescriptor(proto, key)?.value;
      if (key !== 'constructor' && typeof value === 'function') methods.push(value);
    }
  }
  return methods;
}

const sortedObject = <T>(entries: [string, T][]) =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The access rules the API's @Allow, @AnyRole and @Public declarations make, read from the classes themselves. */
export function accessRules({ providers, controllers }: ModuleClasses): AccessRules {
  const operations = new Map<string, readonly string[] | 'PUBLIC'>();
  for (const method of providers.flatMap(methodsOf)) {
    const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
    if (type !== 'Query' && type !== 'Mutation') continue;
    const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? method.name;
    if (!operations.has(name)) operations.set(name, shown(Reflect.getMetadata(ACCESS_RULE, method)));
  }
  const routes = new Map<string, readonly string[] | 'PUBLIC'>();
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '').replace(/^\/|\/$/g, '');
    for (const method of methodsOf(controller)) {
      const path = Reflect.getMetadata(PATH_METADATA, method) as string | undefined;
      if (path === undefined) continue;
      const verb = RequestMethod[Reflect.getMetadata(METHOD_METADATA, method) as RequestMethod];
      const route = `/${[base, path.replace(/^\/|\/$/g, '')].filter(Boolean).join('/')}`;
      routes.set(`${verb} ${route}`, shown(Reflect.getMetadata(ACCESS_RULE, method)));
    }
  }
  return { operations: sortedObject([...operations]), routes: sortedObject([...routes]) };
}

/** One line per operation or route, so that a change of roles reads as a one-line diff. */
export function printAccessRules(rules: AccessRules): string {
  const section = (entries: AccessRules['operations']) =>
    Object.entries(entries)
      .map(([name, roles]) => `    ${JSON.stringify(name)}: ${JSON.stringify(roles).replaceAll(',', ', ')}`)
      .join(',\n');
  return `{\n  "operations": {\n${section(rules.operations)}\n  },\n  "routes": {\n${section(rules.routes)}\n  }\n}\n`;
}
