// Side-by-side comparison of two or more runs: which configuration values differ, each product's
// metric in every run, and which products changed champion. Pure, for the Runs screen. Every metric
// compared (RMSE, MAE, MAPE, sMAPE, MASE) is an error: lower is better.
import type { RunRecord } from './run-record';
import { canonicalJson } from '../canonical-json';

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
  /** The test weeks each run's value was measured on (null: no value, or a run recorded before windows were). */
  windows: (TestWeeks | null)[];
  /** Last run's value minus the first run's that has one; null when fewer than two values or not on the same weeks. */
  delta: number | null;
  /** Why two values are not compared: measured on different test weeks, or weeks not recorded. */
  notCompared: 'different-weeks' | 'weeks-unknown' | null;
  /** The delta as shown: its arrow, signed text and verdict always agree (null with no delta). */
  change: MetricChange | null;
  /** Runs (by index) in which this product's champion changed (0: before the first run compared). */
  championChangedIn: number[];
}

export interface TestWeeks {
  start: string;
  end: string;
}

export interface RunComparison {
  config: ConfigRow[];
  products: ProductRow[];
  metric: string;
  /** Products whose champion changed in a later run than the first compared (the first is the starting point). */
  changedChampion: string[];
}

/** A change in an error metric: down is better. `text` is what the arrow and verdict were decided from. */
export interface MetricChange {
  arrow: '▲' | '▼' | '=';
  text: string;
  verdict: 'better' | 'worse' | 'same';
}

/** The change as shown, decided on the rounded value so "0.00" never comes with an arrow. */
export function metricChange(delta: number, digits = 2): MetricChange {
  const text = Math.abs(delta).toFixed(digits);
  if (Number(text) === 0) return { arrow: '=', text, verdict: 'same' };
  return delta < 0 ? { arrow: '▼', text: `−${text}`, verdict: 'better' } : { arrow: '▲', text: `+${text}`, verdict: 'worse' };
}

/** "▼ −2.00 better", "▲ +2.50 worse", "= 0.00 same"; why not, when the runs measured different weeks; "—" otherwise. */
export function changeInWords(change: MetricChange | null, notCompared: ProductRow['notCompared'] = null): string {
  if (change) return `${change.arrow} ${change.text} ${change.verdict}`;
  if (notCompared === 'different-weeks') return 'not compared: different test weeks';
  if (notCompared === 'weeks-unknown') return 'not compared: test weeks not recorded';
  return '—';
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
    const windows = byRun.map((m, i) => (values[i] === null ? null : (m.get(productId)?.testWindow ?? null)));
    const present = values.flatMap((v, i) => (v === null ? [] : [i]));
    const championChangedIn = byRun.flatMap((m, i) => (m.get(productId)?.championChanged ? [i] : []));
    // Errors on different weeks are not comparable: a harder window is not a worse model.
    let delta: number | null = null;
    let notCompared: ProductRow['notCompared'] = null;
    if (present.length >= 2) {
      const [a, b] = [present[0]!, present[present.length - 1]!];
      const [wa, wb] = [windows[a], windows[b]];
      if (!wa || !wb) notCompared = 'weeks-unknown';
      else if (wa.start !== wb.start || wa.end !== wb.end) notCompared = 'different-weeks';
      else delta = values[b]! - values[a]!;
    }
    return { productId, values, windows, delta, notCompared, change: delta === null ? null : metricChange(delta), championChangedIn };
  });
  // The first run's champion changes happened before the comparison starts (a first training run
  // changes every product's champion): they are not changes between the runs compared.
  const changedChampion = products.filter((p) => p.championChangedIn.some((i) => i > 0)).map((p) => p.productId);
  return { config, products, metric, changedChampion };
}
