// The import's forecast checks through the registry API, without a worker: the pool is replaced by
// one that calls the API in this thread (as the worker would, over comlink).
import { describe, expect, it } from 'vitest';
import { canonicalChecksum } from '../../core/canonical-json';
import { exportModelsJson, importModelsJson } from '../../core/exchange/model-json';
import { nativeEngine } from '../../core/model/native';
import { fallingSeries, nativeModelVersion } from '../../test/native-model';
import { wavySeries } from '../../test/model-version';
import { createRegistryApi } from '../../workers/registry-api';
import { verifyImportedForecast as verifyWith } from './import-forecast';
import type { ModelRunner } from './lab-context';

const api = createRegistryApi({ native: nativeEngine });
// The registry API answers the forecast calls the model worker would; only `run` is used.
const models = { run: async (call: (a: typeof api) => unknown) => call(api) } as unknown as ModelRunner;
const verifyImportedForecast = (m: Parameters<typeof verifyWith>[0]) => verifyWith(m, models);

const series = wavySeries(90);
const options = { includeSeries: false, appVersion: '0.1.0', exportedAt: new Date('2026-12-02T00:00:00Z') };

async function importOne(text: string) {
  const r = await importModelsJson(text, 'shared.json', new Date());
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]!;
}

describe('an imported model with a forecast of the weeks ahead', () => {
  it('is accepted when its engine state reproduces both its backtest and its future forecast, and keeps the future', async () => {
    const model = await nativeModelVersion(series, { family: 'arima', order: { p: 1, d: 0, q: 1 } });
    const verified = await verifyImportedForecast(await importOne(await exportModelsJson([{ model, series: null }], options)));
    if (!verified.ok) throw new Error(verified.error.message);
    expect(verified.value.note).toBe(
      'forecast from its stored engine state; matches the recorded forecast; its forecast of the weeks ahead matches its engine state',
    );
    expect(verified.value.model.draft.future).toEqual(model.future);
  });

  it('is accepted when the future was truncated at zero (compared after the same truncation)', async () => {
    const model = await nativeModelVersion(fallingSeries(), { family: 'arima', order: { p: 0, d: 1, q: 1 }, drift: true });
    expect(model.future?.truncatedAtZero).toBe(true);
    const verified = await verifyImportedForecast(await importOne(await exportModelsJson([{ model, series: null }], options)));
    expect(verified.ok).toBe(true);
  });

  it('is refused when its future table was edited, even with a recomputed checksum', async () => {
    const model = await nativeModelVersion(series, { family: 'arima', order: { p: 1, d: 0, q: 1 } });
    const doc = JSON.parse(await exportModelsJson([{ model, series: null }], options));
    doc.content.models[0].model.future.table.mean[20] += 5;
    const { checksum: _c, ...body } = doc;
    doc.checksum.value = await canonicalChecksum(body);
    const verified = await verifyImportedForecast(await importOne(JSON.stringify(doc)));
    expect(verified).toMatchObject({ ok: false, error: { code: 'future-mismatch' } });
    expect(verified.ok || verified.error.message).toMatch(
      /^The model for 9780722532935: The forecast of the weeks ahead in the file is not what its engine state forecasts \(week ending 2024-02-10 differs by/,
    );
  });
});
