import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { AppModule } from '#src/app.module.js';
import { accessRules, printAccessRules } from '#src/contract/access-rules.js';
import { moduleClasses } from '#src/contract/module-tree.js';

/** The committed contract between the API and its clients, in api/: the UI's types and role checks come from it. */
export const CONTRACT_FILES = {
  schema: fileURLToPath(new URL('../../schema.graphql', import.meta.url)),
  access: fileURLToPath(new URL('../../access.json', import.meta.url)),
};

/**
 * The contract's text as the code declares it, with no database and no configuration: the GraphQL
 * schema sorted as the running server sorts it, and who may call each operation and route.
 */
export async function printContract(): Promise<{ schema: string; access: string }> {
  const classes = await moduleClasses(AppModule);
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create(classes.providers);
    return {
      schema: `${printSchema(lexicographicSortSchema(schema))}\n`,
      access: printAccessRules(accessRules(classes)),
    };
  } finally {
    await context.close();
  }
}
