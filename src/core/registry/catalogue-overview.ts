// The Home page's numbers: how many products, how many have a champion (a model or a baseline),
// expected sales over the next 4 weeks, whose data is stale, whose error grew. Pure and synchronous.
import type { FutureForecast } from './registry-types';
import type { ModelVersion } from './registry-types';
import { sumAhead } from './catalogue-forecast';

/** Weeks after which a champion's last real week counts as stale (two months without new data). */
export const STALE_AFTER_WEEKS = 8;
const MS_PER_WEEK = 7 * 86_400_000;

export type OverviewChampion = Pick<ModelVersion, 'productId' | 'productTitle' | 'version' | 'spec'> & {
  data: { end: string };
  future?: FutureForecast | null;
};

export interface OverviewInput {
  /** The products of the open dataset (none when no dataset is open). */
  products: readonly { id: string; title: string }[];
  champions: readonly OverviewChampion[];
  /** Products whose recent error grew past the monitoring threshold (errorGrowth). */
  degraded: readonly { productId: string; growth: number }[];
  /** ISO date of today. */
  today: string;
}

export interface CatalogueOverview {
  /** Products in the dataset or in the registry, each once. */
  products: number;
  modelChampions: number;
  baselineChampions: number;
  /** Products of the dataset without a champion yet. */
  withoutChampion: number;
  /** Expected sales over the next 4 weeks, summed over the champions that have such a forecast. */
  next4: { total: number; products: number; withoutForecast: number };
  /** The five products with the largest expected sales over the next 4 weeks. */
  top: { productId: string; title: string; next4: number }[];
  /** Champions whose last real week is more than STALE_AFTER_WEEKS before today, oldest first. */
  stale: { productId: string; title: string; lastWeek: string; weeksOld: number }[];
  degraded: { productId: string; title: string; growth: number }[];
}

/** The catalogue at a glance, for a returning user's landing page. */
export function catalogueOverview(input: OverviewInput): CatalogueOverview {
  const titles = new Map<string, string>(input.products.map((p) => [p.id, p.title]));
  for (const c of input.champions) if (!titles.has(c.productId)) titles.set(c.productId, c.productTitle);
  const championIds = new Set(input.champions.map((c) => c.productId));
  const baselines = input.champions.filter((c) => c.spec.family === 'baseline').length;
  const ahead = input.champions.map((c) => ({ c, next4: c.future ? sumAhead(c.future.table.mean, 4) : null }));
  const withNext4 = ahead.filter((a): a is { c: OverviewChampion; next4: number } => a.next4 !== null);
  const today = Date.parse(`${input.today}T00:00:00Z`);
  const stale = input.champions
    .map((c) => {
      const lastWeek = c.future?.origin ?? c.data.end;
      return { productId: c.productId, title: c.productTitle, lastWeek, weeksOld: Math.floor((today - Date.parse(`${lastWeek}T00:00:00Z`)) / MS_PER_WEEK) };
    })
    .filter((s) => s.weeksOld > STALE_AFTER_WEEKS)
    .sort((a, b) => a.lastWeek.localeCompare(b.lastWeek) || a.productId.localeCompare(b.productId));
  return {
    products: titles.size,
    modelChampions: input.champions.length - baselines,
    baselineChampions: baselines,
    withoutChampion: input.products.filter((p) => !championIds.has(p.id)).length,
    next4: { total: withNext4.reduce((s, a) => s + a.next4, 0), products: withNext4.length, withoutForecast: input.champions.length - withNext4.length },
    top: [...withNext4]
      .sort((a, b) => b.next4 - a.next4 || a.c.productId.localeCompare(b.c.productId))
      .slice(0, 5)
      .map((a) => ({ productId: a.c.productId, title: a.c.productTitle, next4: a.next4 })),
    stale,
    degraded: input.degraded
      .filter((d) => championIds.has(d.productId))
      .map((d) => ({ productId: d.productId, title: titles.get(d.productId) ?? d.productId, growth: d.growth })),
  };
}
