// The README's script example, through the public entries only, in Node.
import { describe, expect, it } from 'vitest';
import { readShared } from '../test/shared-data';
import { evaluateHoldout, fitAndForecast, importSalesCsv, WEEKS_PER_YEAR, windowsOfSplit, type ModelSpec } from './index';
import { arimaEngine } from '../engine/index';

describe('public API from Node', () => {
  it('parses a CSV, fits, forecasts with intervals and evaluates against baselines', () => {
    const dataset = importSalesCsv(readShared('data/walmart-weekly/long.csv'), 'walmart.csv');
    if (!dataset.ok) throw new Error(dataset.error.message);
    const store = dataset.value.products.find((p) => p.id === 'walmart-store-01')!;
    const spec: ModelSpec = { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 3, period: WEEKS_PER_YEAR };

    const next = fitAndForecast(arimaEngine, store.series.values, spec, 8);
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.mean).toHaveLength(8);
    expect(next.value.model.coefficients.map((c) => c.name)).toEqual(['ar1', 'ma1', 'intercept', 'S1-52', 'C1-52', 'S2-52', 'C2-52', 'S3-52', 'C3-52']);
    next.value.interval95.lower.forEach((lo, i) => expect(lo).toBeLessThan(next.value.interval80.lower[i]!));

    const scored = evaluateHoldout(store.series, spec, arimaEngine, { windows: windowsOfSplit({ test: 32, validation: 32 }) });
    if (!scored.ok) throw new Error(scored.error.message);
    expect(scored.value.baselines.map((b) => b.name)).toEqual(['naive', 'seasonal-naive', 'mean']);
    expect(scored.value.metrics.mase).toBeGreaterThan(0);
  });
});
