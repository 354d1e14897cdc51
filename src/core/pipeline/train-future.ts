// The forecast of the weeks ahead, for a training run: the decided spec refitted on every real week
// (the latest ones, as training fits), and a reused champion's forecast moved when weeks were
// appended since it was made (a refit of its spec, no search). Runs wherever the run runs.
import { startFor, windowsOf } from '../data/windows';
import { futureDigest, futureForecast } from '../registry/future-forecast';
import type { FutureForecast, ModelVersion, ModelVersionDraft } from '../registry/registry-types';
import { seriesDigest } from '../data/series-digest';
import { ok, type Result } from '../result';
import type { ProductContext, TrainPorts, TrainProduct } from './train-ports';

/** The spec refitted on every real week (the latest ones, as training fits) and forecast `forecast_weeks` ahead. */
export async function futureOf(
  draft: Pick<ModelVersionDraft, 'spec' | 'engine'>,
  product: TrainProduct,
  ctx: Pick<ProductContext, 'resolved' | 'signal' | 'now'>,
  ports: Pick<TrainPorts, 'fitter'>,
  record: { seriesDigest: string; source: 'training' | 'refit' },
): Promise<Result<FutureForecast>> {
  const config = ctx.resolved.config;
  const values = product.series.values;
  const start = startFor(values.length, windowsOf(config));
  const fitted = await ports.fitter.future({ values: [...values], start, spec: draft.spec, engine: draft.engine, horizon: config.forecast_weeks }, ctx.signal);
  if (!fitted.ok) return fitted;
  const { model, forecast } = fitted.value;
  return ok(futureForecast({ series: product.series, fittedFrom: start, mean: forecast.mean, se: forecast.se, model, createdAt: ctx.now(), ...record }));
}

/** A reuse's refit: the new forecast, stored on the champion, and what to say about it. */
export interface ChampionRefit {
  future: FutureForecast;
  message: string;
}

/**
 * Refits a reused champion's spec on the product's series and replaces its forecast of the weeks
 * ahead, when that forecast was made from other data (weeks appended since, or none stored yet);
 * null when it is current (same digest). The version's evaluation stays the evidence from training.
 */
export async function refitChampion(model: ModelVersion, product: TrainProduct, ctx: ProductContext, ports: TrainPorts): Promise<Result<ChampionRefit> | null> {
  const digest = await seriesDigest({ ...product.series, id: product.id });
  if (futureDigest(model) === digest) return null;
  const future = await futureOf(model, product, ctx, ports, { seriesDigest: digest, source: 'refit' });
  if (!future.ok) return future;
  const replaced = await ports.registry.replaceFuture(product.id, model.version, future.value);
  if (!replaced.ok) return replaced;
  const f = future.value;
  const weeks = ctx.resolved.config.forecast_weeks;
  const message = `v${model.version} refitted on ${f.fittedWeeks.weeks} weeks to ${f.fittedWeeks.end} (no search): ${weeks} weeks from ${f.table.weekEnding[0]}${f.truncatedAtZero ? ' (negative values set to zero)' : ''}`;
  return ok({ future: f, message });
}
