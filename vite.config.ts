/// <reference types="vitest/config" />
// Vite builds the lab as a static site (relative base: it works from any sub-path);
// Vitest reuses this config for unit tests, which run in Node.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { serviceWorker } from './build/service-worker-plugin';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** arima's wrapper has a Node-only `require('buffer')` fallback; browsers use atob, so stub it. */
function stubArimaBuffer(): Plugin {
  return {
    name: 'stub-arima-buffer',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'buffer' && importer?.includes('/node_modules/arima/')) return '\0empty-buffer';
      return null;
    },
    load(id) {
      return id === '\0empty-buffer' ? 'export default {};' : null;
    },
  };
}

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [svelte(), stubArimaBuffer(), serviceWorker(version)],
  worker: { format: 'es', plugins: () => [stubArimaBuffer()] },
  optimizeDeps: { include: ['arima', 'papaparse', 'comlink', 'idb'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
