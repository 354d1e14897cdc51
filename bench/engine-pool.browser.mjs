#!/usr/bin/env node
// Fits through the real worker pool in Chromium (module workers, WASM once per worker), with 1..N
// workers, on the walmart panel: wall time and fits per second, scaling against 1 worker measured
// in the same run. Serves the source with Vite's dev server. Writes bench/results/engine-pool.json.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { createServer } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';

const port = Number(process.env.BENCH_PORT ?? 5183);
const csv = readFileSync(new URL('../../shared/data/walmart-weekly/long.csv', import.meta.url), 'utf8');
const server = await createServer({ server: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
await server.listen();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const result = await page.evaluate(async (text) => {
    const { importSalesCsv } = await import('/src/core/data/import-dataset.ts');
    const { createFitPool } = await import('/src/workers/fit-pool.ts');
    const imported = importSalesCsv(text, 'walmart.csv');
    if (!imported.ok) throw new Error(imported.error.message);
    const series = imported.value.products.map((p) => p.series);
    const families = {
      'ARIMA(1,0,1)': { family: 'arima', order: { p: 1, d: 0, q: 1 } },
      'ARIMA(1,0,1)+Fourier(K=3)': { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 3, period: 365.25 / 7 },
    };
    const cores = navigator.hardwareConcurrency;
    const rows = [];
    for (let size = 1; size <= Math.max(2, cores); size++) {
      const pool = createFitPool({ size });
      // Start every worker (and its WASM) before timing.
      await Promise.all(Array.from({ length: size }, () => pool.run(async () => ({ ok: true, value: null }))));
      for (const [name, spec] of Object.entries(families)) {
        const t0 = performance.now();
        const results = await Promise.all(series.map((s) => pool.run((api) => api.forecastHoldout({ series: s, spec, holdout: 32 }))));
        const seconds = (performance.now() - t0) / 1000;
        rows.push({
          workers: size,
          family: name,
          fits: series.length,
          ok: results.filter((r) => r.ok).length,
          seconds,
          fitsPerSecond: series.length / seconds,
        });
      }
      pool.terminate();
    }
    return { hardwareConcurrency: cores, rows };
  }, csv);
  for (const row of result.rows) {
    const one = result.rows.find((r) => r.workers === 1 && r.family === row.family);
    row.speedupVsOneWorker = one.seconds / row.seconds;
    console.log(
      `${row.workers} worker(s) ${row.family.padEnd(28)} ${row.fitsPerSecond.toFixed(1).padStart(7)} fits/s  ${row.seconds.toFixed(2)} s  ok ${row.ok}/${row.fits}  ×${row.speedupVsOneWorker.toFixed(2)} vs 1 worker`,
    );
  }
  writeFileSync(
    new URL('./results/engine-pool.json', import.meta.url),
    JSON.stringify({ measuredAt: new Date().toISOString(), panel: 'walmart-weekly (45 × 143 weeks, holdout 32)', ...result }, null, 2),
  );
} finally {
  await browser.close();
  await server.close();
}
