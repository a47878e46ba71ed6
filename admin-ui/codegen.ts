import type { CodegenConfig } from '@graphql-codegen/cli';

// The UI's half of the contract (docs/adr/0010): the server writes ../api/schema.graphql (npm run contract);
// this turns it and the UI's own operations (src/**/*.graphql) into types and typed documents.
// `npm run codegen` writes src/app/generated; `npm run codegen:check` fails when what is committed there is stale.
const scalars = {
  ID: { input: 'string', output: 'string' },
  DateTime: { input: 'string', output: 'string' },
  LocalDate: { input: 'string', output: 'string' },
};

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    // Every enum of the schema as a const object and its union type (`Role.ADMIN`, `type Role`): screens
    // list, label and compare them, including enums no operation of ours selects.
    'src/app/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    // The result and variable types of our operations, and their documents typed with them (XDocument).
    'src/app/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { scalars, strictScalars: true, arrayInputCoercion: false, useTypeImports: true, enumValues: './enums' },
    },
    // The schema as an introspection result, for ra-data-graphql-simple: the UI never asks the server to
    // introspect (production servers refuse it, docs/security.md).
    'src/app/generated/introspection.json': {
      plugins: ['introspection'],
      config: { minify: true, descriptions: false },
    },
  },
};

export default config;
