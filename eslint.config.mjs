import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // admin-ui/src/app/generated is written by graphql-codegen (npm run codegen) and typechecked, not linted.
    ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.nx/**', 'coverage/**', 'admin-ui/src/app/generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Small files (docs/adr/0004): split a file well before it passes 300 lines.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Nest resolves providers by their runtime class: these imports must stay value imports.
    files: [
      'api/src/**/*.service.ts',
      'api/src/**/*.resolver.ts',
      'api/src/**/*.controller.ts',
      'api/src/**/*.host.ts',
      'api/src/**/*.loader.ts',
      'api/src/**/*bootstrap*.ts',
      'api/src/**/*.filter.ts',
      'api/src/**/*.guard.ts',
      'api/src/**/*.plugin.ts',
      'api/src/**/*.middleware.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Field resolvers take GraphQL's (parent, args, context): with @Parent() or @Context() Nest runs
    // its pipe pipeline for every field of every row (docs/adr/0009-field-resolver-arguments.md).
    files: ['api/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Decorator > CallExpression[callee.name=/^(Parent|Context)$/]',
          message: 'Take (parent, _args, context) without param decorators (docs/adr/0009).',
        },
      ],
    },
  },
  {
    files: ['admin-ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Seed content is data, worded as the source documents word it; CLIs talk on the console.
    files: ['**/*.data.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['api/src/cli/**', 'api/bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['api/src/platform/database/migrations/**'],
    rules: { 'max-lines': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/test/**/*.mjs', 'test/**/*.mjs'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }], 'no-console': 'off' },
  },
);
