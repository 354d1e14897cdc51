// No absurd champion: a model worse on the test weeks than the best baseline beside it (naive,
// seasonal naive, mean) by more than the registry's margin is not registered; the baseline is, and the
// version records what it replaced and why, in words.
import { describeSpec, type BaselineMethod, type ModelSpec } from '../model/spec';
import type { MetricSet } from './registry-types';

export interface BaselineVerdict {
  method: BaselineMethod;
  reason: string;
}

const isMethod = (name: string): name is BaselineMethod => ['naive', 'seasonal-naive', 'mean', 'drift', 'theta'].includes(name);

/** The baseline to register instead of `spec`, or null when the model holds its own (RMSE, as the registry compares). */
export function baselineInstead(
  spec: ModelSpec,
  test: MetricSet,
  baselines: readonly { name: string; metrics: MetricSet }[],
  margin: number,
): BaselineVerdict | null {
  let best: { name: BaselineMethod; rmse: number } | null = null;
  for (const b of baselines) if (isMethod(b.name) && (!best || b.metrics.rmse < best.rmse)) best = { name: b.name, rmse: b.metrics.rmse };
  if (!best || !(test.rmse > best.rmse * (1 + margin))) return null;
  if (spec.family === 'baseline' && spec.method === best.name) return null;
  const worse = ((test.rmse / best.rmse - 1) * 100).toFixed(1);
  return {
    method: best.name,
    reason: `${describeSpec(spec)} forecast the test weeks worse than the ${best.name.replace('-', ' ')} baseline (RMSE ${fmt(test.rmse)} against ${fmt(best.rmse)}, ${worse}% worse, beyond the ${(margin * 100).toFixed(0)}% margin), so the baseline is registered in its place.`,
  };
}

const fmt = (x: number) => x.toLocaleString('en', { maximumSignificantDigits: 6 });
