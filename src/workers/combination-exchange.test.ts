// A combination (and a baseline) chosen by training travels as model JSON: the file carries the
// members' specs, and an importer refits them on the recorded series — from where the fit started
// on a long history (the latest 260 weeks) — and gets the recorded forecast back.
import { describe, expect, it } from 'vitest';
import { canonicalChecksum } from '../core/canonical-json';
import { checkRefitForecast } from '../core/exchange/forecast-table';
import { planImportedForecast } from '../core/exchange/imported-forecast';
import { exportModelsJson, importModelsJson } from '../core/exchange/model-json';
import { windowsOf } from '../core/data/windows';
import { nativeEngine } from '../core/model/native';
import { describeSpec, type ModelSpec } from '../core/model/spec';
import { resolveConfig } from '../core/config/resolve';
import { registeredModelName } from '../core/registry/registry-types';
import { versionDraft } from '../core/pipeline/train-version';
import { evaluateOnTest, studySplit } from '../core/search/objective';
import { createRegistryApi } from './registry-api';

const api = createRegistryApi({ native: nativeEngine });
const END = '2022-01-15';
/** 400 weeks with a trend, a yearly wave and deterministic noise: longer than the 260-week fit window. */
const series = {
  start: '2015-01-03',
  values: Array.from({ length: 400 }, (_, t) => Math.round(500 + 0.8 * t + 60 * Math.sin((2 * Math.PI * t) / 52) + ((t * 7919) % 41))),
};
const combination: ModelSpec = {
  family: 'combination',
  combine: 'mean',
  members: [
    { family: 'arima', order: { p: 1, d: 1, q: 1 }, drift: true },
    { family: 'baseline', method: 'seasonal-naive', season: 52 },
    { family: 'baseline', method: 'theta', season: 52 },
  ],
};

async function exported(spec: ModelSpec) {
  const resolved = resolveConfig({ url: { profile: 'production' } });
  const split = studySplit(series.values, windowsOf(resolved.config));
  if (!split.ok) throw new Error(split.error.message);
  const evaluation = evaluateOnTest({ native: nativeEngine }, 'native', split.value, spec);
  if (!evaluation.ok) throw new Error(evaluation.error.message);
  const choice = { params: { family: spec.family, engine: 'native' }, spec, value: 1, trialNumber: 4, source: 'combination' as const, reason: 'test' };
  const product = { id: '9780241003008', title: 'The Very Hungry Caterpillar', series };
  const draft = await versionDraft({
    product,
    split: split.value,
    choice,
    evaluation: evaluation.value,
    resolved,
    studyKey: 'k',
    searchMs: 1,
    createdAt: new Date('2026-12-01T00:00:00Z'),
    appVersion: '0.1.0',
  });
  const model = { ...draft, recordVersion: 2 as const, name: registeredModelName(product.id), version: 2 };
  return { model, text: await exportModelsJson([{ model, series }], { includeSeries: true, appVersion: '0.1.0', exportedAt: new Date() }) };
}

describe.each([
  ['a combination of ARIMA with drift, seasonal naive and theta', combination],
  ['a baseline', { family: 'baseline', method: 'drift', season: 52 } as ModelSpec],
])('%s', (_name, spec) => {
  it('records the fit window of a long history: its latest 260 weeks before the test weeks', async () => {
    const { model } = await exported(spec);
    expect(model.data.fitted).toEqual({ start: '2017-01-28', end: END, weeks: 260 });
    expect(describeSpec(model.spec)).toBe(describeSpec(spec));
  });

  it('is read back with its spec intact and refitted to the recorded forecast', async () => {
    const { model, text } = await exported(spec);
    const imported = await importModelsJson(text, 'm.json', new Date());
    if (!imported.ok) throw new Error(imported.error.message);
    const { draft, series: carried } = imported.value[0]!;
    expect(draft.spec).toEqual(spec);
    const plan = planImportedForecast(draft, carried);
    expect(plan).toMatchObject({ kind: 'refit', end: 368 });
    if (plan.kind !== 'refit') return;
    expect(plan.train).toEqual(series.values.slice(108, 368));
    const forecast = api.forecastPlanned(plan);
    if (!forecast.ok) throw new Error(forecast.error.message);
    expect(checkRefitForecast(model.forecast!, forecast.value.mean, 1e-9)).toMatchObject({ ok: true });
  });
});

it('a file whose combination has one member is refused with the path named, even with a recomputed checksum', async () => {
  const { text } = await exported(combination);
  const doc = JSON.parse(text) as {
    checksum: { value: string };
    content: { models: { model: { spec: { members: unknown[] }; fitted: { spec: { members: unknown[] } } } }[] };
  };
  const model = doc.content.models[0]!.model;
  model.spec.members = model.spec.members.slice(0, 1);
  model.fitted.spec.members = model.fitted.spec.members.slice(0, 1);
  const { checksum: _old, ...body } = doc;
  doc.checksum.value = await canonicalChecksum(body);
  const result = await importModelsJson(JSON.stringify(doc), 'm.json', new Date());
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-field' } });
  if (!result.ok) expect(result.error.message).toContain('content.models[0].model.spec.members must hold at least two models');
});
