// How many differences a series needs, decided the way the field decides it instead of searched:
// the KPSS unit-root test repeated as forecast::ndiffs does (level stationarity, 5% level, short
// Bartlett window), and the strength of the yearly pattern as forecast::nsdiffs's heuristic.

/** KPSS 5% critical value for level stationarity (Kwiatkowski et al. 1992, table 1). */
export const KPSS_CRITICAL_5 = 0.463;

/** The KPSS statistic of `x` for level stationarity, with urca's short lag trunc(3·√n/13). */
export function kpssStatistic(x: readonly number[]): number {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const e = x.map((v) => v - mean);
  let partial = 0;
  let sumSquaredPartials = 0;
  for (const v of e) {
    partial += v;
    sumSquaredPartials += partial * partial;
  }
  const lags = Math.trunc((3 * Math.sqrt(n)) / 13);
  let longRun = e.reduce((a, v) => a + v * v, 0) / n;
  for (let j = 1; j <= lags; j++) {
    let cov = 0;
    for (let t = j; t < n; t++) cov += e[t]! * e[t - j]!;
    longRun += (2 * (1 - j / (lags + 1)) * cov) / n;
  }
  return longRun > 0 ? sumSquaredPartials / (n * n * longRun) : 0;
}

export interface DifferencingEvidence {
  d: number;
  /** The KPSS statistic before each difference taken and of the result: [level, after d = 1, …]. */
  kpss: number[];
  critical: number;
  reason: string;
}

const differenced = (x: readonly number[]) => x.slice(1).map((v, t) => v - x[t]!);
const isConstant = (x: readonly number[]) => x.every((v) => v === x[0]);

/** forecast::ndiffs(test = "kpss"): difference while the test rejects stationarity, up to `maxD`. */
export function chooseDifferencing(x: readonly number[], maxD = 2): DifferencingEvidence {
  const kpss: number[] = [];
  let series = [...x];
  let d = 0;
  if (series.length < 10 || isConstant(series)) return { d: 0, kpss, critical: KPSS_CRITICAL_5, reason: 'Too short or constant to test; no differencing.' };
  kpss.push(kpssStatistic(series));
  while (d < maxD && kpss[d]! > KPSS_CRITICAL_5) {
    series = differenced(series);
    d++;
    if (series.length < 10 || isConstant(series)) break;
    kpss.push(kpssStatistic(series));
  }
  const shown = kpss.map((k, i) => `${i === 0 ? 'level' : `after ${i} difference${i > 1 ? 's' : ''}`} ${k.toFixed(3)}`).join(', ');
  return { d, kpss, critical: KPSS_CRITICAL_5, reason: `KPSS (5% critical ${KPSS_CRITICAL_5}): ${shown}; d = ${d}.` };
}

/**
 * Strength of the seasonal pattern, max(0, 1 − Var(remainder)/Var(seasonal + remainder)), from a
 * classical decomposition (centred moving-average trend, mean deviation per position in the
 * season), with the seasonal variance net of what k years of pure noise put into k-year means
 * (σ²/k; unadjusted, white noise scores 1/k). `seasons` is k; 0 without two full seasons.
 * forecast::nsdiffs differences seasonally above 0.64.
 */
export function seasonalEvidence(x: readonly number[], season: number): { strength: number; seasons: number } {
  const m = Math.round(season);
  const n = x.length;
  if (m < 2 || n < 2 * m + 1) return { strength: 0, seasons: 0 };
  const half = Math.floor(m / 2);
  const trend: number[] = new Array<number>(n).fill(Number.NaN);
  for (let t = half; t < n - half; t++) {
    let sum = 0;
    // A 2×m moving average for even m, a plain m one for odd m.
    for (let j = -half; j <= half; j++) sum += (m % 2 === 0 && Math.abs(j) === half ? 0.5 : 1) * x[t + j]!;
    trend[t] = sum / m;
  }
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  for (let t = 0; t < n; t++) {
    if (Number.isNaN(trend[t]!)) continue;
    sums[t % m]! += x[t]! - trend[t]!;
    counts[t % m]!++;
  }
  const raw = sums.map((s, i) => (counts[i]! ? s / counts[i]! : 0));
  const centre = raw.reduce((a, b) => a + b, 0) / m;
  const seasonal = raw.map((s) => s - centre);
  const seasonalPart: number[] = [];
  const remainder: number[] = [];
  for (let t = 0; t < n; t++) {
    if (Number.isNaN(trend[t]!)) continue;
    seasonalPart.push(seasonal[t % m]!);
    remainder.push(x[t]! - trend[t]! - seasonal[t % m]!);
  }
  const variance = (v: number[]) => {
    const mu = v.reduce((a, b) => a + b, 0) / v.length;
    return v.reduce((a, b) => a + (b - mu) ** 2, 0) / Math.max(1, v.length - 1);
  };
  const seasons = remainder.length / m;
  const noise = variance(remainder);
  // The remainder lost a 1/k share of the noise to the means; the means carry σ²/k of it.
  const sigma2 = seasons > 1 ? (noise * seasons) / (seasons - 1) : noise;
  const signal = Math.max(0, variance(seasonalPart) - sigma2 / seasons);
  const total = signal + noise;
  return { strength: total > 0 ? Math.min(1, signal / total) : 0, seasons };
}

/** The strength alone (see seasonalEvidence). */
export function seasonalStrength(x: readonly number[], season: number): number {
  return seasonalEvidence(x, season).strength;
}
