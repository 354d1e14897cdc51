// Validation of the two object-valued knobs: the search space and the seed table. A partial
// object is merged onto the current value, so `{"search_space":{"q":{"low":0,"high":2}}}` works.
import type { SearchFamily, SearchSpaceConfig, SeedParams, SeedTable } from './config';
import { ok } from '../result';
import { rejected, show, type Checked } from './check';

const RANGE_KEYS = ['p', 'd', 'q', 'P', 'D', 'Q', 'K'] as const;
const FAMILIES: readonly SearchFamily[] = ['sarima', 'fourier', 'arima', 'baseline'];
const ORDER_MAX = 10;
const K_MAX = 26;

const isObject = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const isWhole = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function checkRange(key: string, raw: unknown, max: number, min = 0): string | null {
  if (!isObject(raw) || !isWhole(raw.low, max) || !isWhole(raw.high, max) || raw.low < min || raw.low > raw.high) {
    return `search_space.${key} must be {"low": a, "high": b} with whole numbers ${min} ≤ a ≤ b ≤ ${max}; got ${show(raw)}.`;
  }
  return null;
}

/** A merged, checked search space, or the first problem found. */
export function validateSearchSpace(raw: unknown, current: SearchSpaceConfig): Checked<SearchSpaceConfig> {
  if (!isObject(raw)) return rejected(`search_space must be an object; got ${show(raw)}.`);
  const known = new Set<string>([...RANGE_KEYS, 'drift', 's', 'fourier_period', 'families', 'engines']);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) return rejected(`search_space has unknown keys: ${unknown.join(', ')}.`);
  const merged = { ...current, ...raw } as SearchSpaceConfig;
  for (const key of RANGE_KEYS) {
    const problem = checkRange(key, merged[key], key === 'K' ? K_MAX : ORDER_MAX, key === 'K' ? 1 : 0);
    if (problem) return rejected(problem);
  }
  if (merged.drift !== undefined) {
    const problem = checkRange('drift', merged.drift, 1);
    if (problem) return rejected(problem);
  }
  if (!isWhole(merged.s, 366) || merged.s < 2) {
    return rejected(`search_space.s must be a whole number from 2 to 366; got ${show(merged.s)}.`);
  }
  if (typeof merged.fourier_period !== 'number' || !(merged.fourier_period > 1)) {
    return rejected(`search_space.fourier_period must be a number > 1; got ${show(merged.fourier_period)}.`);
  }
  const families = merged.families as unknown;
  if (!Array.isArray(families) || families.length === 0 || families.some((f) => !FAMILIES.includes(f as SearchFamily))) {
    return rejected(`search_space.families must be a non-empty list of ${FAMILIES.join(', ')}; got ${show(families)}.`);
  }
  const engines = merged.engines as unknown;
  if (!Array.isArray(engines) || engines.length === 0 || engines.some((e) => e !== 'wasm' && e !== 'native')) {
    return rejected(`search_space.engines must be a non-empty list of wasm, native; got ${show(engines)}.`);
  }
  const copy = JSON.parse(JSON.stringify(merged)) as SearchSpaceConfig;
  copy.families = [...new Set(copy.families)];
  copy.engines = [...new Set(copy.engines)];
  return ok(copy);
}

function checkSeedList(where: string, raw: unknown): Checked<SeedParams[]> {
  if (!Array.isArray(raw)) return rejected(`${where} must be a list of {p,d,q,P,D,Q}; got ${show(raw)}.`);
  const list: SeedParams[] = [];
  for (const [i, item] of raw.entries()) {
    const keys = ['p', 'd', 'q', 'P', 'D', 'Q'] as const;
    if (!isObject(item) || keys.some((k) => !isWhole(item[k], ORDER_MAX))) {
      return rejected(`${where}[${i}] must be {p,d,q,P,D,Q} with whole numbers 0–${ORDER_MAX}; got ${show(item)}.`);
    }
    list.push({ p: item.p as number, d: item.d as number, q: item.q as number, P: item.P as number, D: item.D as number, Q: item.Q as number });
  }
  return ok(list);
}

/** A merged seed table: `default` replaces the default list, `products` entries replace per product. */
export function validateSeeds(raw: unknown, current: SeedTable): Checked<SeedTable> {
  if (!isObject(raw)) return rejected(`seeds must be an object {default, products}; got ${show(raw)}.`);
  const unknown = Object.keys(raw).filter((k) => k !== 'default' && k !== 'products');
  if (unknown.length) return rejected(`seeds has unknown keys: ${unknown.join(', ')}.`);
  const next: SeedTable = { default: current.default, products: { ...current.products } };
  if (raw.default !== undefined) {
    const list = checkSeedList('seeds.default', raw.default);
    if (!list.ok) return list;
    next.default = list.value;
  }
  if (raw.products !== undefined) {
    if (!isObject(raw.products)) return rejected(`seeds.products must be an object keyed by product id; got ${show(raw.products)}.`);
    for (const [id, value] of Object.entries(raw.products)) {
      const list = checkSeedList(`seeds.products["${id}"]`, value);
      if (!list.ok) return list;
      // Defined, not assigned: assigning to "__proto__" would replace the table's prototype.
      Object.defineProperty(next.products, id, { value: list.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return ok(JSON.parse(JSON.stringify(next)) as SeedTable);
}
