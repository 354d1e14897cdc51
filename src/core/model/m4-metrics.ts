// The M4 competition's accuracy measures (Makridakis, Spiliotis & Assimakopoulos 2020): sMAPE, MASE
// scaled by the in-sample lag-1 naive (weekly data at frequency 1), OWA against Naive2, and the share
// of actuals inside a prediction interval. Pure; the choice benchmark scores every method with it.

/** Mean of 200·|a−f|/(|a|+|f|); a week with a = f = 0 counts as 0 (M4's code would give NaN). */
export function smapeM4(actual: readonly number[], forecast: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!,
      f = forecast[i]!;
    const denominator = Math.abs(a) + Math.abs(f);
    sum += denominator > 0 ? (200 * Math.abs(a - f)) / denominator : 0;
  }
  return sum / actual.length;
}

/** M4's MASE scale at frequency 1: the mean absolute lag-1 difference of the history. */
export function lagOneScale(history: readonly number[]): number {
  let sum = 0;
  for (let t = 1; t < history.length; t++) sum += Math.abs(history[t]! - history[t - 1]!);
  return history.length > 1 ? sum / (history.length - 1) : Number.NaN;
}

/** MAE over the lag-1 scale of `history`; null for a flat history (scale 0). */
export function maseM4(actual: readonly number[], forecast: readonly number[], history: readonly number[]): number | null {
  const scale = lagOneScale(history);
  if (!(scale > 0)) return null;
  const mae = actual.reduce((s, a, i) => s + Math.abs(a - forecast[i]!), 0) / actual.length;
  return mae / scale;
}

/** Share of `actual` inside [lower, upper], bounds included. */
export function coverage(actual: readonly number[], lower: readonly number[], upper: readonly number[]): number {
  return actual.filter((a, i) => a >= lower[i]! && a <= upper[i]!).length / actual.length;
}

export interface SetAccuracy {
  smape: number;
  mase: number;
}

/** OWA as M4 computes it: from the set's mean sMAPE and mean MASE, each relative to Naive2's on the same set. */
export function owa(method: SetAccuracy, naive2: SetAccuracy): number {
  return (method.smape / naive2.smape + method.mase / naive2.mase) / 2;
}
