// Data and statistics for bench/native.bench.ts: the real weekly panels (tuna as R's fixtures hold
// it, with the 60 missing weeks filled with 0; every Walmart store from long.csv), medians and
// quantiles, and a stopwatch.
import { loadRFits } from '../src/test/r-arima-fits';
import { readShared } from '../src/test/shared-data';

export interface Panel {
  id: string;
  y: number[];
}

export function tunaPanel(): Panel[] {
  const seen = new Map<string, number[]>();
  for (const c of loadRFits()) if (c.dataset === 'dominicks-tuna' && !seen.has(c.series_id)) seen.set(c.series_id, c.series);
  return [...seen].map(([id, y]) => ({ id, y }));
}

export function walmartPanel(): Panel[] {
  const [header, ...lines] = readShared('data/walmart-weekly/long.csv').trimEnd().split('\n');
  const cols = header!.split(',');
  const idCol = cols.indexOf('id'),
    weekCol = cols.indexOf('week_ending'),
    volCol = cols.indexOf('volume');
  const byId = new Map<string, [string, number][]>();
  for (const line of lines) {
    const f = line.split(',');
    const rows = byId.get(f[idCol]!) ?? [];
    rows.push([f[weekCol]!, Number(f[volCol])]);
    byId.set(f[idCol]!, rows);
  }
  return [...byId].map(([id, rows]) => ({ id, y: rows.sort((a, b) => a[0].localeCompare(b[0])).map((r) => r[1]) }));
}

export function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

export function summary(xs: readonly number[]) {
  return { n: xs.length, min: quantile(xs, 0), p25: quantile(xs, 0.25), median: median(xs), p75: quantile(xs, 0.75), max: quantile(xs, 1) };
}

export function rmse(forecast: readonly number[], actual: readonly number[]): number {
  return Math.sqrt(forecast.reduce((s, f, i) => s + (f - actual[i]!) ** 2, 0) / forecast.length);
}
