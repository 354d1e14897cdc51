// The envelope guard on real data (a fast slice of bench/guard-calibration.bench.ts): sensible models
// on every Walmart store and tuna product pass, d = 2 models are mostly rejected.
import { describe, expect, it } from 'vitest';
import { loadRFits } from '../../test/r-arima-fits';
import { readShared } from '../../test/shared-data';
import { checkForecast } from './guards';
import { nativeEngine } from './native';
import type { ModelSpec } from './spec';

function histories(): number[][] {
  const [header, ...lines] = readShared('data/walmart-weekly/long.csv').trimEnd().split('\n');
  const cols = header!.split(',');
  const id = cols.indexOf('id'),
    week = cols.indexOf('week_ending'),
    vol = cols.indexOf('volume');
  const stores = new Map<string, [string, number][]>();
  for (const line of lines) {
    const f = line.split(',');
    stores.set(f[id]!, [...(stores.get(f[id]!) ?? []), [f[week]!, Number(f[vol])]]);
  }
  const walmart = [...stores.values()].map((rows) =>
    rows
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map((r) => r[1])
      .slice(0, 89),
  );
  const tuna = new Map(
    loadRFits()
      .filter((c) => c.dataset === 'dominicks-tuna')
      .map((c) => [c.series_id, c.series]),
  );
  return [...walmart, ...[...tuna.values()].flatMap((y) => [y.slice(0, 89), y.slice(150, 239)])];
}

const arima = (p: number, d: number, q: number): ModelSpec => ({ family: 'arima', order: { p, d, q } });
const fourier = (p: number, d: number, q: number, K: number): ModelSpec => ({ family: 'fourier', order: { p, d, q }, harmonics: K, period: 365.25 / 7 });

function rejectedShare(specs: readonly ModelSpec[], ys: readonly number[][]): { fits: number; share: number } {
  let fits = 0,
    rejected = 0;
  for (const y of ys) {
    for (const spec of specs) {
      const fitted = nativeEngine.fit(y, spec, 32);
      if (!fitted.ok) continue;
      fits++;
      if (!checkForecast(y, fitted.value.forecast).ok) rejected++;
    }
  }
  return { fits, share: rejected / fits };
}

describe('envelope guard on Walmart stores and tuna products (89 weeks, 32-week horizon)', () => {
  const ys = histories();
  it('rejects under 1% of sensible fits (0 of 16,761 in the full calibration)', () => {
    const r = rejectedShare([arima(0, 1, 1), arima(1, 1, 1), arima(1, 0, 1), fourier(1, 0, 1, 3), fourier(0, 1, 1, 2)], ys);
    expect(r.fits).toBeGreaterThan(250);
    expect(r.share).toBeLessThan(0.01);
  });
  it('rejects most d = 2 autoregressions (77–92% in the full calibration)', () => {
    const r = rejectedShare([arima(0, 2, 0), arima(2, 2, 0)], ys);
    expect(r.fits).toBeGreaterThan(100);
    expect(r.share).toBeGreaterThan(0.6);
  });
});
