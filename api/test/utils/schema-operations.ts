import type { INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { ACCESS_RULE, type AccessRule } from '#src/platform/auth/access.decorator.js';

export interface SchemaOperation {
  kind: 'query' | 'mutation';
  name: string;
  /** A schema-valid document calling the operation with placeholder arguments. */
  document: string;
}

function placeholder(type: GraphQLInputType): string {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return `[${placeholder(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${required.map((field) => `${field.name}: ${placeholder(field.type)}`).join(', ')} }`;
  }
  const scalars: Record<string, string> = {
    ID: '"1"',
    Int: '1',
    Float: '1',
    Boolean: 'true',
    LocalDate: '"2009-06-30"',
  };
  return scalars[type.name] ?? '"x"';
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type))
    .map((arg) => `${arg.name}: ${placeholder(arg.type)}`);
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

/** Every query and mutation of the running API's schema. */
export function schemaOperations(app: INestApplication): SchemaOperation[] {
  const { schema } = app.get(GraphQLSchemaHost);
  const of = (kind: 'query' | 'mutation') => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({
      kind,
      name: field.name,
      document: documentFor(kind, field),
    }));
  };
  return [...of('query'), ...of('mutation')];
}

/** The access rule each Query and Mutation handler declares (on itself or its class), by field name. */
export function declaredAccessRules(app: INestApplication): Map<string, AccessRule | undefined> {
  const rules = new Map<string, AccessRule | undefined>();
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
        const rule =
          (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ??
          (Reflect.getMetadata(ACCESS_RULE, instance.constructor) as AccessRule | undefined);
        rules.set(name, rule);
      }
    }
  }
  return rules;
}
