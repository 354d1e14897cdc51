// Shared models forecast too: a model file carries the forecast of the weeks ahead and the native
// fit it came from; an import keeps it, checks it field by field and against its engine state, and
// forecastFromModelFile forecasts any horizon from it without data.
import { describe, expect, it } from 'vitest';
import { fallingSeries, nativeModelVersion } from '../../test/native-model';
import { modelVersion, wavySeries } from '../../test/model-version';
import { forecastFromState } from '../model/native';
import type { ArimaSpec } from '../model/spec';
import type { ModelVersion } from '../registry/registry-types';
import { canonicalChecksum } from '../canonical-json';
import { checkFutureForecast, planFutureCheck } from './future-check';
import { exportModelsJson, forecastFromModelFile, importModelsJson } from './model-json';

const AT = new Date('2026-12-02T09:30:00Z');
const options = { includeSeries: false, appVersion: '0.1.0', exportedAt: AT };
const spec: ArimaSpec = { family: 'arima', order: { p: 1, d: 0, q: 1 } };
const series = wavySeries(90);
const exported = async (model: ModelVersion) => exportModelsJson([{ model, series: null }], options);

/** Edits a model of an exported file and recomputes its checksum, as a careful forger would. */
async function edited(text: string, edit: (model: any) => void): Promise<string> {
  const doc = JSON.parse(text);
  edit(doc.content.models[0].model);
  const { checksum: _c, ...body } = doc;
  return JSON.stringify({ ...body, checksum: { algorithm: 'SHA-256', value: await canonicalChecksum(body) } });
}

async function imported(text: string) {
  const r = await importModelsJson(text, 'shared.json', AT);
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]!.draft;
}

describe('model JSON carries the forecast of the weeks ahead', () => {
  it('an export → import round trip keeps `future` identical, its native fit included', async () => {
    const model = await nativeModelVersion(series, spec);
    const draft = await imported(await exported(model));
    expect(draft.future).toEqual(model.future);
    expect(draft.future?.table.mean).toHaveLength(52);
  });

  it('the recorded future is what its engine state forecasts, and an edited table (re-signed) is refused by that check', async () => {
    const text = await exported(await nativeModelVersion(series, spec));
    const draft = await imported(text);
    const plan = planFutureCheck(draft)!;
    expect(plan.horizon).toBe(52);
    expect(checkFutureForecast(draft.future!, forecastFromState(plan.state, plan.horizon).mean)).toMatchObject({ ok: true });

    const tampered = await imported(await edited(text, (m) => (m.future.table.mean[10] *= 1.2)));
    const check = checkFutureForecast(tampered.future!, forecastFromState(planFutureCheck(tampered)!.state, 52).mean);
    expect(check).toMatchObject({ ok: false, error: { code: 'future-mismatch' } });
    expect(check.ok || check.error.message).toMatch(
      /^The forecast of the weeks ahead in the file is not what its engine state forecasts \(week ending \d{4}-\d{2}-\d{2} differs by \d+\.\d{3} %\)/,
    );
  });

  it('a future truncated at zero is checked after the same truncation', async () => {
    const falling = fallingSeries();
    const model = await nativeModelVersion(falling, { family: 'arima', order: { p: 0, d: 1, q: 1 }, drift: true });
    expect(model.future?.truncatedAtZero).toBe(true);
    const draft = await imported(await exportModelsJson([{ model, series: falling }], options));
    const raw = forecastFromState(planFutureCheck(draft)!.state, 52).mean;
    expect(raw.some((m) => m < 0)).toBe(true);
    expect(checkFutureForecast(draft.future!, raw)).toMatchObject({ ok: true });
    expect(checkFutureForecast({ ...draft.future!, truncatedAtZero: false }, raw)).toMatchObject({ ok: false });
  });

  it('wasm fits, baselines and versions without a fit have nothing to check', async () => {
    const wasm = await nativeModelVersion(series, spec);
    const noState = { ...wasm, future: { ...wasm.future!, fitted: { ...wasm.future!.fitted!, engine: 'wasm' as const } } };
    expect(planFutureCheck(noState)).toBeNull();
    expect(planFutureCheck({ ...wasm, future: null })).toBeNull();
    expect(planFutureCheck(await modelVersion(series))).toBeNull();
  });
});

describe('a model file with a malformed `future` is refused with the path named', () => {
  const refusal = async (edit: (m: any) => void) => {
    const text = await edited(await exported(await nativeModelVersion(series, spec)), edit);
    const r = await importModelsJson(text, 'shared.json', AT);
    if (r.ok) throw new Error('expected the import to be refused');
    expect(r.error.code).toBe('invalid-field');
    return r.error.message.replace('shared.json: content.models[0].model.', '');
  };

  it('columns of different lengths, dates that are not dates, non-finite numbers', async () => {
    expect(await refusal((m) => m.future.table.upper95.pop())).toBe('future.table.upper95 must have one value per week (52) (got 51).');
    expect(await refusal((m) => (m.future.table.weekEnding[3] = '2023-02-30'))).toBe(
      'future.table.weekEnding[3] must be a date written YYYY-MM-DD (got "2023-02-30").',
    );
    expect(await refusal((m) => (m.future.origin = 'last week'))).toContain('future.origin must be a date written YYYY-MM-DD');
    expect(await refusal((m) => (m.future.table.mean[0] = 'NaN'))).toBe('future.table.mean[0] must be a finite number (got "NaN").');
    expect(await refusal((m) => (m.future.createdAt = 'yesterday'))).toContain('future.createdAt must be a UTC date-time');
  });

  it('weeks that do not follow the origin, a fitted range that does not end there, a missing field', async () => {
    expect(await refusal((m) => (m.future.table.weekEnding[0] = '2020-01-04'))).toBe(
      'future.table.weekEnding[0] must be the week after origin (got "2020-01-04").',
    );
    expect(await refusal((m) => (m.future.fittedWeeks.end = '2020-01-04'))).toContain('future.fittedWeeks.end must be the origin');
    expect(await refusal((m) => delete m.future.truncatedAtZero)).toBe('future.truncatedAtZero is missing.');
    expect(await refusal((m) => delete m.future)).toBe('future is missing.');
  });

  it('a fit of another spec, a bad fit, and negative numbers in a table said to be truncated at zero', async () => {
    expect(await refusal((m) => (m.future.fitted.spec.order.p = 2))).toBe('future.fitted.spec must be the same as the model spec.');
    expect(await refusal((m) => (m.future.fitted.sigma2 = -1))).toContain('future.fitted.sigma2 must be between 0');
    expect(await refusal((m) => ((m.future.truncatedAtZero = true), (m.future.table.lower95[5] = -3)))).toBe(
      'future.table.lower95[5] must not be below zero when truncatedAtZero is true (got -3).',
    );
  });
});

describe('forecastFromModelFile: any horizon from a model file, without data', () => {
  it('forecasts 52 and 104 weeks; the first 52 are the recorded future, dated from the week after its origin', async () => {
    const model = await nativeModelVersion(series, spec);
    const text = await exported(model);
    const year = await forecastFromModelFile(text, 52);
    const two = await forecastFromModelFile(text, 104);
    if (!year.ok || !two.ok) throw new Error('expected forecasts');
    const future = model.future!;
    expect(future.truncatedAtZero).toBe(false);
    expect(year.value).toHaveLength(1);
    const [f52, f104] = [year.value[0]!, two.value[0]!];
    expect(f52).toMatchObject({ productId: model.productId, origin: future.origin, truncatedAtZero: false, weekEnding: future.table.weekEnding });
    for (const key of ['mean', 'lower80', 'upper80', 'lower95', 'upper95'] as const) {
      f52[key].forEach((x, i) => expect(x).toBeCloseTo(future.table[key][i]!, 9));
      expect(f104[key].slice(0, 52)).toEqual(f52[key]);
      expect(f104[key]).toHaveLength(104);
    }
    expect(f104.weekEnding[52]).toBe('2024-09-21');
    expect(f104.weekEnding.at(-1)).toBe('2025-09-13');
  });

  it('the first 52 weeks of a truncated future are the recorded ones before truncation, and truncated on request', async () => {
    const falling = fallingSeries();
    const model = await nativeModelVersion(falling, { family: 'arima', order: { p: 0, d: 1, q: 1 }, drift: true });
    const text = await exportModelsJson([{ model, series: null }], options);
    const raw = await forecastFromModelFile(text, 104);
    const clipped = await forecastFromModelFile(text, 104, { truncateAtZero: true });
    if (!raw.ok || !clipped.ok) throw new Error('expected forecasts');
    const before = forecastFromState(model.future!.fitted!.state as never, 52).mean;
    raw.value[0]!.mean.slice(0, 52).forEach((m, i) => expect(m).toBeCloseTo(before[i]!, 9));
    expect(raw.value[0]!.truncatedAtZero).toBe(false);
    expect(clipped.value[0]!.truncatedAtZero).toBe(true);
    clipped.value[0]!.mean.slice(0, 52).forEach((m, i) => expect(m).toBeCloseTo(model.future!.table.mean[i]!, 9));
    expect(Math.min(...clipped.value[0]!.lower95)).toBe(0);
  });

  it('says, as a value, when it cannot: a bad horizon, an edited future, no engine state, no future, a bad file', async () => {
    const text = await exported(await nativeModelVersion(series, spec));
    expect(await forecastFromModelFile(text, 0)).toMatchObject({ ok: false, error: { code: 'invalid-horizon' } });
    expect(await forecastFromModelFile(text, 2.5)).toMatchObject({ ok: false, error: { code: 'invalid-horizon' } });
    expect(await forecastFromModelFile(await edited(text, (m) => (m.future.table.mean[0] += 50)), 10)).toMatchObject({
      ok: false,
      error: { code: 'future-mismatch' },
    });
    const baseline = await forecastFromModelFile(await edited(text, (m) => (m.future.fitted = null)), 10);
    expect(baseline).toMatchObject({ ok: false, error: { code: 'no-engine-state', where: { product: '9780722532935' } } });
    expect(baseline.ok || baseline.error.message).toContain('only native-engine ARIMA states forecast any horizon');
    const old = await forecastFromModelFile(await exported(await modelVersion(series)), 10);
    expect(old).toMatchObject({ ok: false, error: { code: 'no-future' } });
    expect(await forecastFromModelFile('{"format": 1}', 10)).toMatchObject({ ok: false, error: { code: 'not-a-model-file' } });
  });
});
