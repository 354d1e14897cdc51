#!/usr/bin/env node
// Import + prepare of a generated BookScan-shaped file (~400,000 rows, 500 products, ~55 MB) in
// Chromium through the built app: wall time, peak JS heap of the page, main-thread long tasks;
// then the same file again (everything cached) and the ratio. Writes bench/results/import.json.
// Goals (issue 3): first run < 10 s, no main-thread task > 100 ms, cached re-run < 5 % of the first.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { makeBookScan } from './make-bookscan.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const made = await makeBookScan();
const bytes = statSync(made.path).size;
console.log(`file: ${made.path} (${(bytes / 1e6).toFixed(1)} MB, ${made.rows} rows, ${made.products} products)`);

if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('vite preview did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)), (window.__longAt ??= []).push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  const sampler = setInterval(async () => {
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    } catch {
      /* page closing */
    }
  }, 100);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('heading', { name: 'Shelfcast' }).waitFor();

  async function importOnce(expected) {
    await page.evaluate(() => (window.__longTasks = []));
    const t0 = performance.now();
    if (process.env.PROFILE) await page.evaluate(() => { window.__t0 = performance.now(); new MutationObserver(() => { const t = document.querySelector('[data-testid=status]')?.textContent?.trim(); (window.__marks ??= []).push([Math.round(performance.now()), t?.slice(0, 20), document.querySelector('[data-testid=dataset-summary]') ? 'S' : '']); }).observe(document.body, { subtree: true, childList: true, characterData: true }); });
    await page.getByLabel('Choose CSV files…').setInputFiles(made.path);
    await page.getByTestId('step-split').filter({ hasText: `split: ${expected}` }).waitFor({ timeout: 300_000 });
    await page.getByTestId('status').filter({ hasText: /^\s*$/ }).waitFor();
    const ms = performance.now() - t0;
    const longTasks = await page.evaluate(() => window.__longTasks);
    if (process.env.PROFILE) console.log(JSON.stringify(await page.evaluate(() => ({ t0: window.__t0, long: window.__longAt, marks: (window.__marks ?? []).filter((m, i, a) => i === 0 || m[1] !== a[i - 1][1] || m[2] !== a[i - 1][2]) }))));
    const steps = await page.getByTestId('pipeline-steps').innerText();
    const worker = await page.getByTestId('run-timings').innerText();
    return { ms: Math.round(ms), worker, longTasks, maxTaskMs: Math.max(0, ...longTasks), steps: steps.split('\n') };
  }
  if (process.env.PROFILE) await cdp.send('Profiler.enable'), await cdp.send('Profiler.start');
  const first = await importOnce('ran');
  if (process.env.PROFILE) writeFileSync('/tmp/main.cpuprofile', JSON.stringify((await cdp.send('Profiler.stop')).profile));
  console.log(`first run: ${first.ms} ms (${first.worker}); steps ${first.steps.join(' | ')}; long tasks ${JSON.stringify(first.longTasks)}`);
  const cached = await importOnce('cached');
  console.log(`cached run: ${cached.ms} ms (${cached.worker}); steps ${cached.steps.join(' | ')}; long tasks ${JSON.stringify(cached.longTasks)}`);
  const products = await page.getByTestId('q-products').innerText();
  clearInterval(sampler);
  await browser.close();

  const result = {
    file: { rows: made.rows, products: made.products, megabytes: +(bytes / 1e6).toFixed(1) },
    firstRunMs: first.ms,
    cachedRunMs: cached.ms,
    cachedRatio: +(cached.ms / first.ms).toFixed(4),
    peakPageJsHeapMB: +(peakHeap / 1e6).toFixed(1),
    mainThreadLongTasksMs: { first: first.longTasks, cached: cached.longTasks },
    maxMainThreadTaskMs: Math.max(first.maxTaskMs, cached.maxTaskMs),
    steps: { first: first.steps, cached: cached.steps },
    workerTimings: { first: first.worker, cached: cached.worker },
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    qualityProducts: products,
    goals: { firstUnder10s: first.ms < 10_000, noTaskOver100ms: Math.max(first.maxTaskMs, cached.maxTaskMs) <= 100, cachedUnder5pct: cached.ms / first.ms < 0.05 },
    note: 'Heap is the page (main thread) only; the data worker has its own heap. Wall time is from choosing the file to the last step shown.',
    measuredAt: new Date().toISOString(),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/import.json', JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
} finally {
  stopServer();
}
