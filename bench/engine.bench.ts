// Fits per second of the arima WASM engine per model family on the real panels (Node), on a
// 568-week series, and against R's own timings of the same fits (fixtures/r-arima/fits.json).
// Writes bench/results/engine.json. Run: npm run bench -- engine
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { importSalesCsv } from '../src/core/data/import-dataset';
import type { EstimationMethod } from '../src/core/model/engine';
import { WEEKS_PER_YEAR, type ModelSpec } from '../src/core/model/spec';
import { arimaEngine } from '../src/engine/arima-engine';

const SHARED = new URL('../../shared/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, SHARED), 'utf8');
const panel = (path: string) => {
  const r = importSalesCsv(read(path), path);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.products.map((p) => ({ id: p.id, values: p.series.values }));
};

const FAMILIES: Record<string, ModelSpec> = {
  'ARIMA(1,0,1)': { family: 'arima', order: { p: 1, d: 0, q: 1 } },
  'ARIMA(2,1,2)': { family: 'arima', order: { p: 2, d: 1, q: 2 } },
  'ARIMA(1,0,1)+Fourier(K=3)': { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 3, period: WEEKS_PER_YEAR },
  'ARIMA(1,0,1)+Fourier(K=6)': { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 6, period: WEEKS_PER_YEAR },
  'SARIMA(1,0,0)(1,0,0)[52]': { family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 1, D: 0, Q: 0, s: 52 } },
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : Number.NaN;
};

function timeFits(series: { values: number[] }[], spec: ModelSpec, horizon = 32) {
  const ms: number[] = [];
  let converged = 0;
  let retried = 0;
  const failures: Record<string, number> = {};
  const started = performance.now();
  for (const s of series) {
    const t0 = performance.now();
    const r = arimaEngine.fit(s.values, spec, horizon);
    ms.push(performance.now() - t0);
    if (r.ok) {
      converged++;
      if ((r.value.attempts?.length ?? 0) > 1) retried++;
    } else failures[r.error.code] = (failures[r.error.code] ?? 0) + 1;
  }
  const total = (performance.now() - started) / 1000;
  return {
    fits: series.length,
    ok: converged,
    retriedWithML: retried,
    failures,
    fitsPerSecond: series.length / total,
    medianMs: median(ms),
    maxMs: Math.max(...ms),
  };
}

it('engine benchmark', () => {
  const tuna = panel('data/dominicks-tuna/long.csv');
  const walmart = panel('data/walmart-weekly/long.csv');
  const uci = panel('data/uci-sales-weekly/long.csv');
  // No real 568-week panel is in ../shared: tuna-b1's 398 weeks followed by its first 170 weeks.
  const b1 = tuna.find((s) => s.id === 'tuna-b1')!.values;
  const long568 = [{ id: 'tuna-b1+first-170', values: [...b1, ...b1.slice(0, 170)] }];
  const panels: Record<string, { series: { values: number[] }[]; families: string[] }> = {
    'dominicks-tuna (7 × 398 weeks)': { series: tuna, families: Object.keys(FAMILIES) },
    'walmart-weekly (45 × 143 weeks)': { series: walmart, families: Object.keys(FAMILIES).filter((f) => !f.startsWith('SARIMA')) },
    // s = 52 on 143 weeks takes up to a minute a fit (and mostly fails): three stores show it.
    'walmart-weekly SARIMA (first 3 stores)': { series: walmart.slice(0, 3), families: ['SARIMA(1,0,0)(1,0,0)[52]'] },
    'uci-sales-weekly (811 × 52 weeks)': { series: uci, families: ['ARIMA(1,0,1)', 'ARIMA(2,1,2)'] },
    'uci-sales-weekly Fourier (first 200)': { series: uci.slice(0, 200), families: ['ARIMA(1,0,1)+Fourier(K=3)'] },
    '568-week tuna-based series': { series: long568, families: Object.keys(FAMILIES) },
  };
  const byPanel: Record<string, Record<string, ReturnType<typeof timeFits>>> = {};
  for (const [name, { series, families }] of Object.entries(panels)) {
    byPanel[name] = {};
    for (const family of families) {
      const r = timeFits(series, FAMILIES[family]!);
      byPanel[name][family] = r;
      console.log(
        `${name.padEnd(42)} ${family.padEnd(28)} ${r.fitsPerSecond.toFixed(2).padStart(8)} fits/s  median ${r.medianMs.toFixed(1)} ms  ok ${r.ok}/${r.fits}`,
      );
    }
  }

  // Against R: the same series, orders and method as the fixtures; engine time of one fit (median of
  // up to 5 for fast ones) over R's `seconds`.
  const fits = JSON.parse(read('fixtures/r-arima/fits.json')) as {
    cases: {
      name: string;
      ok: boolean;
      kind: string;
      method: EstimationMethod;
      series: number[];
      h: number;
      order: number[];
      seasonal: number[];
      fourier_K: number;
      frequency: number;
      seconds: number;
    }[];
  };
  const ratios: { name: string; engineMs: number; rMs: number; ratio: number; ok: boolean }[] = [];
  for (const c of fits.cases.filter((x) => x.ok && x.method === 'CSS-ML')) {
    const [p, d, q] = c.order as [number, number, number];
    const [P, D, Q, s] = c.seasonal as [number, number, number, number];
    const spec: ModelSpec = c.fourier_K
      ? { family: 'fourier', order: { p, d, q }, harmonics: c.fourier_K, period: c.frequency }
      : s
        ? { family: 'sarima', order: { p, d, q }, seasonal: { P, D, Q, s } }
        : { family: 'arima', order: { p, d, q } };
    const times: number[] = [];
    let ok = false;
    for (let rep = 0; rep < 5 && (rep === 0 || times[0]! < 200); rep++) {
      const t0 = performance.now();
      ok = arimaEngine.fit(c.series, spec, c.h, { method: 'CSS-ML' }).ok;
      times.push(performance.now() - t0);
    }
    const engineMs = median(times);
    ratios.push({ name: c.name, engineMs, rMs: c.seconds * 1000, ratio: engineMs / (c.seconds * 1000), ok });
  }
  const groups = {
    classic: ratios.filter((r) => !/^(tuna|walmart)/.test(r.name)),
    'weekly ARIMA': ratios.filter((r) => /^(tuna|walmart)/.test(r.name) && !/fourier|\[52\]/.test(r.name)),
    'weekly Fourier': ratios.filter((r) => /fourier/.test(r.name)),
    'weekly SARIMA s=52': ratios.filter((r) => /\[52\]/.test(r.name)),
  };
  const vsR = Object.fromEntries(
    Object.entries(groups).map(([g, rs]) => [
      g,
      {
        cases: rs.length,
        medianRatio: median(rs.map((r) => r.ratio)),
        engineTotalMs: rs.reduce((a, r) => a + r.engineMs, 0),
        rTotalMs: rs.reduce((a, r) => a + r.rMs, 0),
      },
    ]),
  );
  for (const [g, v] of Object.entries(vsR))
    console.log(
      `vs R ${g.padEnd(20)} ${v.cases} cases  median engine/R time ${v.medianRatio.toFixed(2)}  total ${v.engineTotalMs.toFixed(0)} ms vs R ${v.rTotalMs.toFixed(0)} ms`,
    );

  const out = { node: process.version, measuredAt: new Date().toISOString(), byPanel, vsR, vsRCases: ratios };
  writeFileSync(new URL('./results/engine.json', import.meta.url), JSON.stringify(out, null, 2));
});
