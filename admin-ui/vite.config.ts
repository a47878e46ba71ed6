import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress';

// `npm run dev -w admin-ui` serves the UI with hot reload on :5173 and sends /graphql, /exports and /imports to the API
// (http://localhost:3000 unless API_URL says otherwise).
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
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
});
