import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress';

// `npm run dev -w admin-ui` serves the UI with hot reload on :5173 and sends /graphql, /exports and /imports to the API
// (http://localhost:3000 unless API_URL says otherwise).
// The libraries every page runs on (React, Apollo and graphql, the router, emotion, react-query, the form library,
// the i18n and GraphQL-provider helpers, MUI's styling core) go in one chunk: one file compresses better than the
// thirty small ones rolldown would cut them into (docs/performance.md, First load). Libraries that lazy pages alone
// use in part (@mui/material, ra-core, ra-ui-materialui, lodash) stay split, or the first load would carry those parts.
const CORE_LIBRARIES = new RegExp(
  `node_modules[\\\\/](${[
    'react',
    'react-dom',
    'scheduler',
    '@apollo',
    'graphql',
    'graphql-tag',
    '@wry',
    'optimism',
    'zen-observable-ts',
    'react-router',
    '@emotion',
    'stylis',
    '@tanstack',
    'ts-invariant',
    'tslib',
    'react-hook-form',
    'node-polyglot',
    'ra-i18n-polyglot',
    'ra-language-english',
    'inflection',
    'pluralize',
    'graphql-ast-types-browser',
    'ra-data-graphql',
    'ra-data-graphql-simple',
    'query-string',
    'hoist-non-react-statics',
    'react-is',
    '@babel',
    'clsx',
    '@popperjs',
    'react-transition-group',
    '@mui[\\\\/](?:system|utils|styled-engine|private-theming)',
  ].join('|')})[\\\\/]`,
);

// The build writes .br and .gz copies of its text files (vite-precompress.ts) and dist/.vite/manifest.json, from
// which test/perf/first-load-budget.mjs measures what a programme officer's first page downloads.
export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/graphql': process.env.API_URL ?? 'http://localhost:3000',
      '/exports': process.env.API_URL ?? 'http://localhost:3000',
      '/imports': process.env.API_URL ?? 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'core', test: CORE_LIBRARIES }] } } },
  },
});
