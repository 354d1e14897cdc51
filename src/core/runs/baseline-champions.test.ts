import { describe, expect, it } from 'vitest';
import { metrics, modelVersion, wavySeries } from '../../test/model-version';
import { baselineChampions, CHOSEN_BY_STUDY } from './baseline-champions';

describe('products whose champion is a baseline', () => {
  it('lists baseline champions by product with the baseline name and the reason, and skips models', async () => {
    const series = wavySeries(104);
    const arima = await modelVersion(series, { productId: 'P1' });
    const replaced = await modelVersion(series, {
      productId: 'P3',
      productTitle: 'Third',
      version: 4,
      family: 'baseline',
      spec: { family: 'baseline', method: 'seasonal-naive', season: 52 },
      evaluation: {
        ...arima.evaluation,
        replaced: { spec: arima.spec, test: metrics(20), reason: 'ARIMA(1,0,1) was 25.0% worse than the seasonal naive', forecast: null },
      },
    });
    const chosen = await modelVersion(series, {
      productId: 'P2',
      productTitle: 'Second',
      family: 'baseline',
      spec: { family: 'baseline', method: 'naive', season: 52 },
    });
    expect(baselineChampions([replaced, arima, chosen])).toEqual([
      { productId: 'P2', title: 'Second', version: 1, baseline: 'Naive', reason: CHOSEN_BY_STUDY },
      { productId: 'P3', title: 'Third', version: 4, baseline: 'Seasonal naive', reason: 'ARIMA(1,0,1) was 25.0% worse than the seasonal naive' },
    ]);
    expect(baselineChampions([arima])).toEqual([]);
  });
});
