import { describe, expect, it } from 'vitest';
import { catalogueOverview, type OverviewChampion } from './catalogue-overview';
import type { FutureForecast } from './registry-types';

const future = (origin: string, mean: number[]): FutureForecast => ({
  origin,
  table: { weekEnding: mean.map((_, i) => `w${i}`), mean, lower80: mean, upper80: mean, lower95: mean, upper95: mean },
  truncatedAtZero: false,
  fittedWeeks: { start: '2020-01-01', end: origin, weeks: 100 },
  fitted: null,
  createdAt: '2026-11-01T00:00:00Z',
});
const arima = { family: 'arima', order: { p: 1, d: 0, q: 0 } } as const;
const naive = { family: 'baseline', method: 'naive', season: 52 } as const;
const champion = (productId: string, spec: OverviewChampion['spec'], end: string, mean: number[] | null): OverviewChampion => ({
  productId,
  productTitle: `Title ${productId}`,
  version: 1,
  spec,
  data: { end },
  future: mean ? future(end, mean) : null,
});

describe('the catalogue overview on Home', () => {
  const products = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Title ${id}` }));
  const overview = catalogueOverview({
    products,
    champions: [
      champion('a', arima, '2026-11-21', [10, 10, 10, 10, 10]),
      champion('b', naive, '2026-11-21', [1, 2, 3, 4]),
      champion('c', arima, '2026-06-06', [5, 5]),
      champion('z', arima, '1997-04-30', [100, 100, 100, 100]),
    ],
    degraded: [
      { productId: 'a', growth: 0.4 },
      { productId: 'gone', growth: 2 },
    ],
    today: '2026-11-27',
  });

  it('counts products once across the dataset and the registry, and champions by kind', () => {
    expect([overview.products, overview.modelChampions, overview.baselineChampions, overview.withoutChampion]).toEqual([5, 3, 1, 1]);
  });

  it('sums the next 4 weeks over the champions whose forecast covers them, and ranks the top products', () => {
    expect(overview.next4).toEqual({ total: 40 + 10 + 400, products: 3, withoutForecast: 1 });
    expect(overview.top.map((t) => [t.productId, t.next4])).toEqual([
      ['z', 400],
      ['a', 40],
      ['b', 10],
    ]);
  });

  it('flags champions whose last real week is over 8 weeks old, oldest first, and degraded champions only', () => {
    expect(overview.stale.map((s) => [s.productId, s.lastWeek])).toEqual([
      ['z', '1997-04-30'],
      ['c', '2026-06-06'],
    ]);
    expect(overview.stale[1]!.weeksOld).toBe(24);
    expect(overview.degraded).toEqual([{ productId: 'a', title: 'Title a', growth: 0.4 }]);
  });

  it('is all zeros for an empty lab', () => {
    const empty = catalogueOverview({ products: [], champions: [], degraded: [], today: '2026-11-27' });
    expect(empty).toEqual({
      products: 0,
      modelChampions: 0,
      baselineChampions: 0,
      withoutChampion: 0,
      next4: { total: 0, products: 0, withoutForecast: 0 },
      top: [],
      stale: [],
      degraded: [],
    });
  });
});
