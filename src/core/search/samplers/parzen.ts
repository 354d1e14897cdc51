// One-dimensional Parzen estimators over a discrete domain, built as Optuna's TPE builds them
// (optuna/samplers/_tpe/parzen_estimator.py, defaults: prior_weight 1, magic clip on, endpoints
// off): integers get truncated-normal kernels discretised to steps of 1, categoricals get
// smoothed one-hot kernels; both add a prior kernel covering the whole range.
import type { Rng } from '../prng';
import type { Distribution } from '../types';

const PRIOR_WEIGHT = 1;

/** A mixture over domain indices 0..size-1: weights per kernel, probabilities per kernel. */
export interface DiscreteMixture {
  weights: number[];
  probs: number[][];
  /** log Σ_k weight_k · probs_k[x] per domain index: the domain is small, so computed once. */
  logDensity: number[];
}

function withDensity(weights: number[], probs: number[][]): DiscreteMixture {
  const size = probs[0]!.length;
  const logDensity = Array<number>(size);
  for (let x = 0; x < size; x++) {
    let p = 0;
    for (let k = 0; k < weights.length; k++) p += weights[k]! * probs[k]![x]!;
    logDensity[x] = Math.log(p);
  }
  return { weights, probs, logDensity };
}

/** Optuna's default_weights: flat for < 25 observations, older ones ramped down beyond. */
export function defaultWeights(n: number): number[] {
  if (n < 25) return Array<number>(n).fill(1);
  const ramp = Array.from({ length: n - 25 }, (_, i) => (n - 25 === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (n - 26)));
  return [...ramp, ...Array<number>(25).fill(1)];
}

/** Optuna's default_gamma: how many of n trials form the "good" group. */
export const defaultGamma = (n: number): number => Math.min(Math.ceil(0.1 * n), 25);

/** erfc with fractional error below 1.2e-7 (Chebyshev fit, Numerical Recipes erfcc). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Upper tail of the standard normal. */
const upper = (x: number) => 0.5 * erfc(x / Math.SQRT2);

/** P(a < Z < b) for a standard normal Z, computed on the tail that keeps precision. */
export function normalMass(a: number, b: number): number {
  if (a >= 0) return upper(a) - upper(b);
  if (b <= 0) return upper(-b) - upper(-a);
  return 1 - upper(-a) - upper(b);
}

function mixtureWeights(n: number): number[] {
  const raw = n === 0 ? [1] : [...defaultWeights(n), PRIOR_WEIGHT];
  const sum = raw.reduce((s, w) => s + w, 0);
  return raw.map((w) => w / sum);
}

function intMixture(low: number, high: number, observations: number[]): DiscreteMixture {
  const lo = low - 0.5;
  const hi = high + 0.5;
  const n = observations.length;
  const order = observations.map((_, i) => i).sort((i, j) => observations[i]! - observations[j]!);
  const sorted = [lo, ...order.map((i) => observations[i]!), hi];
  const sortedSigmas = order.map((_, k) => Math.max(sorted[k + 1]! - sorted[k]!, sorted[k + 2]! - sorted[k + 1]!));
  if (sorted.length >= 4) {
    sortedSigmas[0] = sorted[2]! - sorted[1]!;
    sortedSigmas[n - 1] = sorted[n]! - sorted[n - 1]!;
  }
  const minSigma = (hi - lo) / Math.min(100, 1 + (n + 1));
  const sigmas = Array<number>(n);
  order.forEach((obsIndex, k) => (sigmas[obsIndex] = Math.min(Math.max(sortedSigmas[k]!, minSigma), hi - lo)));
  const mus = [...observations, 0.5 * (lo + hi)];
  sigmas.push(hi - lo);
  const probs = mus.map((mu, k) => {
    const sigma = sigmas[k]!;
    const total = normalMass((lo - mu) / sigma, (hi - mu) / sigma);
    return Array.from({ length: high - low + 1 }, (_, i) => normalMass((low + i - 0.5 - mu) / sigma, (low + i + 0.5 - mu) / sigma) / total);
  });
  return withDensity(mixtureWeights(n), n === 0 ? [probs[probs.length - 1]!] : probs);
}

function categoricalMixture(size: number, observations: number[]): DiscreteMixture {
  const n = observations.length;
  if (n === 0) return withDensity([1], [Array<number>(size).fill(1 / size)]);
  const kernels = n + 1;
  const probs = [...observations, -1].map((index) => {
    const row = Array<number>(size).fill(PRIOR_WEIGHT / kernels);
    if (index >= 0) row[index]! += 1;
    const sum = row.reduce((s, v) => s + v, 0);
    return row.map((v) => v / sum);
  });
  return withDensity(mixtureWeights(n), probs);
}

/**
 * The estimator of `distribution` from observations in Optuna's internal form (the integer, or the
 * choice index). The mixture is over domain indices: index i is the integer low + i, or choice i.
 */
export function buildMixture(distribution: Distribution, observations: number[]): DiscreteMixture {
  return distribution.type === 'IntDistribution'
    ? intMixture(distribution.low, distribution.high, observations)
    : categoricalMixture(distribution.choices.length, observations);
}

/** Log density of domain index `x` under the mixture. */
export function logPdf(mixture: DiscreteMixture, x: number): number {
  return mixture.logDensity[x]!;
}

function pick(probabilities: readonly number[], u: number): number {
  let cumulative = 0;
  for (let i = 0; i < probabilities.length; i++) {
    cumulative += probabilities[i]!;
    if (u < cumulative) return i;
  }
  return probabilities.length - 1;
}

/** One domain index drawn from the mixture: a kernel by weight, then a value from the kernel. */
export function sampleMixture(mixture: DiscreteMixture, rng: Rng): number {
  const kernel = pick(mixture.weights, rng.next());
  return pick(mixture.probs[kernel]!, rng.next());
}
