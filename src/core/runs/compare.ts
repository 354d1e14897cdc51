// Side-by-side comparison of two or more runs: which configuration values differ, each product's
// metric in every run, and which products changed champion. Pure, for the Runs screen.
import type { RunRecord } from '../pipeline/run-record';
import { canonicalJson } from '../pipeline/runner';

export interface ConfigRow {
  key: string;
  /** One value per run, as JSON text ('—' when the run has no such key). */
  values: string[];
  differs: boolean;
}

export interface ProductRow {
  productId: string;
  /** The metric per run (null: the run has no result or no such metric for the product). */
  values: (number | null)[];
  /** Last run's value minus the first run's that has one; null when fewer than two values. */
  delta: number | null;
  /** Runs (by index) in which this product's champion changed. */
  championChangedIn: number[];
}

export interface RunComparison {
  config: ConfigRow[];
  products: ProductRow[];
  metric: string;
  changedChampion: string[];
}

/** Flattens nested config objects into dotted keys, so a diff names the exact knob. */
export function flattenConfig(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) into[prefix] = '{}';
    for (const [k, v] of entries) flattenConfig(v, prefix ? `${prefix}.${k}` : k, into);
  } else if (prefix) {
    into[prefix] = canonicalJson(value);
  }
  return into;
}

export function compareRuns(runs: readonly RunRecord[], metric = 'rmse'): RunComparison {
  const flat = runs.map((r) => flattenConfig(r.config));
  const keys = [...new Set(flat.flatMap((f) => Object.keys(f)))].sort();
  const config = keys.map((key) => {
    const values = flat.map((f) => f[key] ?? '—');
    return { key, values, differs: new Set(values).size > 1 };
  });
  const ids = [...new Set(runs.flatMap((r) => r.products.map((p) => p.productId)))].sort();
  const byRun = runs.map((r) => new Map(r.products.map((p) => [p.productId, p])));
  const products = ids.map((productId) => {
    const values = byRun.map((m) => {
      const v = m.get(productId)?.metrics?.[metric];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    const present = values.filter((v): v is number => v !== null);
    const championChangedIn = byRun.flatMap((m, i) => (m.get(productId)?.championChanged ? [i] : []));
    return { productId, values, delta: present.length >= 2 ? present[present.length - 1]! - present[0]! : null, championChangedIn };
  });
  return { config, products, metric, changedChampion: products.filter((p) => p.championChangedIn.length > 0).map((p) => p.productId) };
}
