/// <reference types="vitest/config" />
// Vite builds the lab as a static site (relative base: it works from any sub-path);
// Vitest reuses this config for unit tests, which run in Node.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { serviceWorker } from './build/service-worker-plugin';
import { contentSecurityPolicy } from './build/csp-plugin';
import { fileURLToPath } from 'node:url';

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

/** The arima package's internal files (its `exports` map blocks deep imports); see src/engine/arima-module.ts. */
const arimaInternal = fileURLToPath(new URL('./node_modules/arima/', import.meta.url));

export default defineConfig({
  base: './',
  resolve: { alias: [{ find: /^arima-internal\//, replacement: arimaInternal }] },
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [svelte(), stubArimaBuffer(), serviceWorker(version), contentSecurityPolicy()],
  worker: { format: 'es', plugins: () => [stubArimaBuffer()] },
  optimizeDeps: {
    include: ['arima', 'papaparse', 'comlink', 'idb', 'arima-internal/wasm/native-sync.js', 'arima-internal/wrapper/native.bin.js', 'arima-internal/load.js'],
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Fits against R fixtures take seconds each; on 2 cores loaded to 8–14 they must not time out.
    testTimeout: 60_000,
  },
});
