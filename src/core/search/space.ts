// The search space as Optuna distributions: family and engine are categorical, the orders are
// integers; P, D, Q exist only for SARIMA and K only for ARIMA + Fourier (conditional params).
import type { EngineName } from '../model/engine';
import { BASELINE_METHODS, type ModelSpec } from '../model/spec';
import type { SearchSpaceConfig, SeedParams } from '../config/config';
import type { Distribution, ParamValue, TrialParams } from './types';

export interface ParamDef {
  name: string;
  distribution: Distribution;
  /** The param exists only when this holds for the params chosen before it. */
  when?: (params: TrialParams) => boolean;
}

const int = (r: { low: number; high: number }): Distribution => ({ type: 'IntDistribution', low: r.low, high: r.high, step: 1, log: false });
const isSarima = (params: TrialParams) => params.family === 'sarima';
const isFourier = (params: TrialParams) => params.family === 'fourier';
const isBaseline = (params: TrialParams) => params.family === 'baseline';
const isArima = (params: TrialParams) => !isBaseline(params);
/** Drift exists for ARIMA and Fourier models with one difference (R's include.drift). */
const canDrift = (params: TrialParams) => (params.family === 'arima' || params.family === 'fourier') && params.d === 1;
const NO_DRIFT = { low: 0, high: 0 };

/** The parameters in sampling order. */
export function paramDefs(space: SearchSpaceConfig): ParamDef[] {
  return [
    { name: 'family', distribution: { type: 'CategoricalDistribution', choices: [...space.families] } },
    { name: 'engine', distribution: { type: 'CategoricalDistribution', choices: [...space.engines] } },
    { name: 'method', distribution: { type: 'CategoricalDistribution', choices: [...(space.baselines ?? BASELINE_METHODS)] }, when: isBaseline },
    { name: 'p', distribution: int(space.p), when: isArima },
    { name: 'd', distribution: int(space.d), when: isArima },
    { name: 'q', distribution: int(space.q), when: isArima },
    { name: 'P', distribution: int(space.P), when: isSarima },
    { name: 'D', distribution: int(space.D), when: isSarima },
    { name: 'Q', distribution: int(space.Q), when: isSarima },
    { name: 'K', distribution: int(space.K), when: isFourier },
    // Only where the space allows drift, so older spaces keep their points and study keys.
    ...((space.drift ?? NO_DRIFT).high > 0 ? [{ name: 'drift', distribution: int(space.drift ?? NO_DRIFT), when: canDrift }] : []),
  ];
}

/** Builds params by asking `pick` for each active parameter in order. */
export function sampleParams(space: SearchSpaceConfig, pick: (def: ParamDef, chosen: TrialParams) => ParamValue): TrialParams {
  const params: TrialParams = {};
  for (const def of paramDefs(space)) {
    if (def.when && !def.when(params)) continue;
    params[def.name] = pick(def, params);
  }
  return params;
}

/** The distributions of the params a trial has (what Optuna stores beside each param). */
export function distributionsOf(space: SearchSpaceConfig, params: TrialParams): Record<string, Distribution> {
  const out: Record<string, Distribution> = {};
  for (const def of paramDefs(space)) if (def.name in params) out[def.name] = def.distribution;
  return out;
}

function fits(distribution: Distribution, value: ParamValue | undefined): boolean {
  if (value === undefined) return false;
  if (distribution.type === 'CategoricalDistribution') return distribution.choices.includes(String(value));
  return typeof value === 'number' && Number.isInteger(value) && value >= distribution.low && value <= distribution.high;
}

/** Whether `params` is a point of the space (exactly the active params, each in range). */
export function inSpace(space: SearchSpaceConfig, params: TrialParams): boolean {
  const active = paramDefs(space).filter((def) => !def.when || def.when(params));
  return active.length === Object.keys(params).length && active.every((def) => fits(def.distribution, params[def.name]));
}

const enumerated = new Map<string, TrialParams[]>();

/** Every point of the space, in sampling order (grid search; sizes are small: 2,100 per engine). */
export function enumerateSpace(space: SearchSpaceConfig): TrialParams[] {
  return [...spacePoints(space)];
}

/** The cached enumeration itself, for hot paths that only read it. */
export function spacePoints(space: SearchSpaceConfig): readonly TrialParams[] {
  // Samplers ask for the same space on every trial; enumerate it once.
  const cacheKey = JSON.stringify(space);
  let points = enumerated.get(cacheKey);
  if (!points) {
    points = enumerateUncached(space);
    if (enumerated.size > 16) enumerated.clear();
    enumerated.set(cacheKey, points);
  }
  return points;
}

function enumerateUncached(space: SearchSpaceConfig): TrialParams[] {
  let partials: TrialParams[] = [{}];
  for (const def of paramDefs(space)) {
    const next: TrialParams[] = [];
    for (const params of partials) {
      if (def.when && !def.when(params)) {
        next.push(params);
        continue;
      }
      const d = def.distribution;
      const values: ParamValue[] = d.type === 'CategoricalDistribution' ? [...d.choices] : range(d.low, d.high);
      for (const value of values) next.push({ ...params, [def.name]: value });
    }
    partials = next;
  }
  return partials;
}

const range = (low: number, high: number) => Array.from({ length: high - low + 1 }, (_, i) => low + i);

const KEY_ORDER = ['family', 'engine', 'method', 'p', 'd', 'q', 'P', 'D', 'Q', 'K', 'drift'];
const keyCache = new WeakMap<TrialParams, string>();

/** A stable identity of a parameter set (key order does not matter). */
export function paramKey(params: TrialParams): string {
  let key = keyCache.get(params);
  if (key === undefined) {
    const names = Object.keys(params);
    const ordered = names.every((n) => KEY_ORDER.includes(n)) ? KEY_ORDER.filter((n) => n in params) : names.sort();
    key = ordered.map((k) => `${k}=${params[k]}`).join(',');
    keyCache.set(params, key);
  }
  return key;
}

/** A seed (p,d,q)(P,D,Q) as SARIMA params with the given engine. */
export function seedToParams(seed: SeedParams, engine: EngineName): TrialParams {
  return { family: 'sarima', engine, p: seed.p, d: seed.d, q: seed.q, P: seed.P, D: seed.D, Q: seed.Q };
}

const num = (params: TrialParams, name: string): number => {
  const value = params[name];
  if (typeof value !== 'number') throw new Error(`trial params lack the number ${name}`);
  return value;
};

/** The model a trial fits. Throws on params that are not of this space (a programming error). */
export function paramsToSpec(params: TrialParams, space: Pick<SearchSpaceConfig, 's' | 'fourier_period'>): ModelSpec {
  if (params.family === 'baseline') {
    const method = BASELINE_METHODS.find((m) => m === params.method);
    if (!method) throw new Error(`unknown baseline ${String(params.method)}`);
    return { family: 'baseline', method, season: space.s };
  }
  const order = { p: num(params, 'p'), d: num(params, 'd'), q: num(params, 'q') };
  const drift = params.drift === 1 ? { drift: true } : {};
  switch (params.family) {
    case 'sarima':
      return { family: 'sarima', order, seasonal: { P: num(params, 'P'), D: num(params, 'D'), Q: num(params, 'Q'), s: space.s } };
    case 'fourier':
      return { family: 'fourier', order, harmonics: num(params, 'K'), period: space.fourier_period, ...drift };
    case 'arima':
      return { family: 'arima', order, ...drift };
    default:
      throw new Error(`unknown model family ${String(params.family)}`);
  }
}

/** The engine a trial uses: the one it records, else the default (native). */
export function engineOf(params: TrialParams): EngineName {
  return params.engine === 'wasm' ? 'wasm' : 'native';
}
