import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite.config';

/**
 * The union page built on its own into `dist/union/` (see docs/anonymisation.md): its own
 * bundle, from `src/union/` only, holding no personal data and no part of the dataset except
 * the public municipal boundaries. Relative asset paths, so the folder can be served or copied
 * anywhere. `npm run build` runs it after the app's build.
 */
export default defineConfig({
  base: './',
  plugins: [
    react(),
    {
      name: 'content-security-policy-meta',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  build: {
    target: 'es2022',
    outDir: 'dist/union',
    emptyOutDir: true,
    rolldownOptions: {
      input: { union: fileURLToPath(new URL('./union.html', import.meta.url)) },
    },
  },
});
