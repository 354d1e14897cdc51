// Whether a forecast stays in a plausible envelope of its history: it must not explode, sink far
// below zero for sales that cannot be negative, or carry an interval too wide to mean anything.
// Pure and O(history + horizon); runs wherever a forecast is about to be scored or shown.
// Thresholds were calibrated on the real panels (bench/guard-calibration.bench.ts, bench/README.md).
import { fail, ok, type Result } from '../result';
import type { EngineForecast } from './engine';
import { Z95 } from './intervals';

export interface EnvelopeLimits {
  /** Weeks at the end of the history the level envelope is taken from (two yearly cycles). */
  recentWeeks: number;
  /** Headroom beyond the recent max/min, in recent ranges, before any trend allowance. */
  headroom: number;
  /** Trend allowance: a straight trend across the recent window continued for the horizon, times this. */
  trendMultiple: number;
  /** For never-negative series: the mean may not go below −this × the recent weekly maximum… */
  negativeFraction: number;
  /** …nor below −this many units (so series selling 0–2 a week are clipped, not rejected). */
  negativeFloor: number;
  /** The 95% interval at the last week may be at most this × the history's range × √horizon. */
  widthMultiple: number;
}

/** Calibrated on 47k native fits (bench/guard-calibration.bench.ts): see bench/README.md. */
export const ENVELOPE_LIMITS: EnvelopeLimits = {
  recentWeeks: 104,
  headroom: 1,
  trendMultiple: 2,
  negativeFraction: 0.5,
  negativeFloor: 1,
  widthMultiple: 4,
};

interface Range {
  lo: number;
  hi: number;
  span: number;
}

function rangeOf(values: readonly number[]): Range {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // A near-constant history still gets an envelope: a tenth of its level, or one unit.
  return { lo, hi, span: Math.max(hi - lo, Math.abs(hi) / 10, Number.MIN_VALUE) };
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: Math.abs(x) >= 10 ? 0 : 1 });

/** The most extreme point forecast in one direction, and its week (1-based). */
function extreme(mean: readonly number[], sign: 1 | -1): { value: number; week: number } {
  let best = 0;
  for (let i = 1; i < mean.length; i++) if (sign * mean[i]! > sign * mean[best]!) best = i;
  return { value: mean[best]!, week: best + 1 };
}

function times(value: number, reference: number): string {
  return reference > 0 && value / reference >= 2 ? `${fmt(Math.floor(value / reference))}× ` : 'far above ';
}

/** Rejects a forecast that leaves the plausible envelope of `history`, with a reason a shop owner reads. */
export function checkForecastEnvelope(
  history: readonly number[],
  forecast: EngineForecast,
  limits: EnvelopeLimits = ENVELOPE_LIMITS,
): Result<EngineForecast, 'forecast-rejected'> {
  const { mean, se } = forecast;
  const horizon = mean.length;
  if (horizon === 0 || history.length === 0) return ok(forecast);
  const recent = history.slice(-limits.recentWeeks);
  const r = rangeOf(recent);
  const when = history.length > recent.length ? `in the last ${recent.length} weeks` : 'ever';
  const reach = r.span * (limits.headroom + (limits.trendMultiple * horizon) / recent.length);
  const top = extreme(mean, 1);
  if (top.value > r.hi + reach) {
    return fail(
      'forecast-rejected',
      `The forecast climbs to ${fmt(top.value)} a week by week ${top.week}, ${times(top.value, r.hi)}the most this product ${when} sold in a week (${fmt(r.hi)}): the model is unstable.`,
    );
  }
  const bottom = extreme(mean, -1);
  const countData = history.every((v) => v >= 0);
  const floor = countData ? -Math.max(limits.negativeFraction * r.hi, limits.negativeFloor) : r.lo - reach;
  if (bottom.value < floor) {
    const reason = countData
      ? `sales cannot be negative (this product ${when} sold at most ${fmt(r.hi)} a week): the model does not suit this product.`
      : `far below the least this product ${when} sold in a week (${fmt(r.lo)}): the model is unstable.`;
    return fail('forecast-rejected', `The forecast falls to ${fmt(bottom.value)} a week by week ${bottom.week}; ${reason}`);
  }
  const all = rangeOf(history);
  const width = 2 * Z95 * se[horizon - 1]!;
  if (width > limits.widthMultiple * all.span * Math.sqrt(horizon)) {
    return fail(
      'forecast-rejected',
      `The 95% range for week ${horizon} is ${fmt(width)} wide, ${times(width, all.hi - all.lo)}the spread of everything this product sold so far (${fmt(all.lo)} to ${fmt(all.hi)} a week): the forecast says next to nothing.`,
    );
  }
  return ok(forecast);
}
