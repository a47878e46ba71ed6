import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w admin-ui` serves the UI with hot reload on :5173 and sends /graphql, /exports and /imports to the API
// (http://localhost:3000 unless API_URL says otherwise).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': process.env.API_URL ?? 'http://localhost:3000',
      '/exports': process.env.API_URL ?? 'http://localhost:3000',
      '/imports': process.env.API_URL ?? 'http://localhost:3000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
