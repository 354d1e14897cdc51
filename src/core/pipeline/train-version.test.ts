// A trained version and a lab fit are recorded by one builder: the same baselines beside the model,
// the same metrics, forecast table and data range for the same fit.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve';
import { windowsOf } from '../data/windows';
import { BASELINES } from '../model/baselines';
import { evaluateHoldout } from '../model/holdout';
import { nativeEngine } from '../model/native';
import type { ModelSpec } from '../model/spec';
import { draftFromHoldout } from '../registry/version-draft';
import { evaluateOnTest, studySplit } from '../search/objective';
import { versionDraft } from './train-version';

const series = {
  start: '2019-01-05',
  values: Array.from({ length: 170 }, (_, t) => Math.round(300 + 0.5 * t + 40 * Math.sin((2 * Math.PI * t) / 52) + ((t * 7919) % 23))),
};
const product = { id: '9780241003008', title: 'The Very Hungry Caterpillar', series };
const spec: ModelSpec = { family: 'arima', order: { p: 1, d: 1, q: 0 }, drift: false };
const createdAt = new Date('2026-12-01T00:00:00Z');

async function trained() {
  const resolved = resolveConfig({ url: { profile: 'development' } });
  const split = studySplit(series.values, windowsOf(resolved.config));
  if (!split.ok) throw new Error(split.error.message);
  const evaluation = evaluateOnTest({ native: nativeEngine }, 'native', split.value, spec);
  if (!evaluation.ok) throw new Error(evaluation.error.message);
  const choice = { params: { family: spec.family, engine: 'native' }, spec, value: 1, trialNumber: 3, source: 'search' as const, reason: 'test' };
  return versionDraft({
    product,
    split: split.value,
    choice,
    evaluation: evaluation.value,
    resolved,
    studyKey: 'k',
    searchMs: 5,
    createdAt,
    appVersion: '0.1.0',
  });
}

describe('one version-draft builder', () => {
  it('records every baseline beside a trained model, as beside a lab fit', async () => {
    const draft = await trained();
    expect(draft.evaluation.baselines.map((b) => b.name)).toEqual([...BASELINES]);
    const fit = evaluateHoldout(series, spec, nativeEngine);
    if (!fit.ok) throw new Error(fit.error.message);
    const lab = await draftFromHoldout({ product: { ...product, totalVolume: 0 }, forecast: fit.value, appVersion: '0.1.0', createdAt });
    expect(lab.evaluation.baselines.map((b) => b.name)).toEqual([...BASELINES]);
    // The lab draft's test metrics are the holdout's own, recomputed by the builder.
    expect(lab.evaluation.test.rmse).toBeCloseTo(fit.value.metrics.rmse, 9);
    expect(lab.evaluation.baselines.map((b) => b.metrics.rmse)).toEqual(fit.value.baselines.map((b) => b.metrics.rmse));
  });

  it('dates the test window, the forecast table and the fitted weeks of a trained version from the split', async () => {
    const draft = await trained();
    const weeks = draft.evaluation.testWindow.weeks;
    expect(draft.forecast?.weekEnding).toHaveLength(weeks);
    expect(draft.forecast?.weekEnding[0]).toBe(draft.evaluation.testWindow.start);
    expect(draft.data.fitted.end < draft.evaluation.testWindow.start).toBe(true);
    expect(draft.data.weeks).toBe(series.values.length);
    expect(draft.forecast!.lower80[0]! < draft.forecast!.mean[0]! && draft.forecast!.mean[0]! < draft.forecast!.upper95[0]!).toBe(true);
    expect(draft.io.weekEndingDay).toBe(6);
  });
});
