import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev` serves the API on PORT next to Vite; the dev server forwards /api to it.
const apiOrigin = `http://127.0.0.1:${process.env.PORT ?? 5177}`;

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': apiOrigin,
    },
  },
});
