import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import { canonicalChecksum, canonicalJson } from '../canonical-json';
import { CURRENT_FORMAT_VERSION, exportModelsJson, importModelsJson, modelJsonFileName, restore } from './model-json';
import { UPGRADES } from './model-json-restore';

const EXPORTED = new Date('2026-11-27T04:00:00Z');
const IMPORTED = new Date('2026-11-28T09:30:00Z');
const options = { includeSeries: true, appVersion: '0.1.0', exportedAt: EXPORTED };

describe('model JSON export → import', () => {
  it('round-trips every recorded field, the series, and marks the model imported with its provenance', async () => {
    const series = wavySeries(90);
    const model = await modelVersion(series, { version: 3 });
    const text = await exportModelsJson([{ model, series }], options);
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'shelfcast-model', formatVersion: 3, appVersion: '0.1.0', exportedAt: '2026-11-27T04:00:00.000Z' });
    const { checksum, ...body } = doc;
    expect(checksum).toEqual({ algorithm: 'SHA-256', value: await canonicalChecksum(body) });

    const r = await importModelsJson(text, 'alchemist.json', IMPORTED);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toHaveLength(1);
    const { draft, series: imported } = r.value[0]!;
    const { recordVersion: _r, name: _n, version: _v, provenance: _p, ...recorded } = { ...model, future: null };
    const { provenance, ...rest } = draft;
    expect(rest).toEqual(recorded);
    expect(imported).toEqual(series);
    expect(provenance).toEqual({
      kind: 'imported',
      importedAt: '2026-11-28T09:30:00.000Z',
      fileName: 'alchemist.json',
      exportedAt: '2026-11-27T04:00:00.000Z',
      exportedBy: '0.1.0',
      checksum: checksum.value,
      originalName: 'arima_book_9780722532935',
      originalVersion: 3,
    });
  });

  it('exports all champions in one file, with only the series digest when asked', async () => {
    const a = await modelVersion(wavySeries(80), { productId: 'a', name: 'arima_book_a' });
    const b = await modelVersion(wavySeries(70, 5), { productId: 'b', name: 'arima_book_b', version: 2 });
    const text = await exportModelsJson(
      [
        { model: a, series: wavySeries(80) },
        { model: b, series: wavySeries(70, 5) },
      ],
      { ...options, includeSeries: false },
    );
    expect(text).not.toContain('"values"');
    const r = await importModelsJson(text, 'champions.json', IMPORTED);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((m) => [m.draft.productId, m.series, m.draft.data.digest])).toEqual([
      ['a', null, a.data.digest],
      ['b', null, b.data.digest],
    ]);
    expect(modelJsonFileName([a, b], EXPORTED, { includeSeries: true, allChampions: false })).toBe(
      'shelfcast-2-models-with-series-2026-11-27.shelfcast-model.json',
    );
    expect(modelJsonFileName([b], EXPORTED, { includeSeries: true, allChampions: false })).toBe('arima_book_b-v2.shelfcast-model.json');
  });

  it('names the two "Export all champions" files apart: what they hold and the date', async () => {
    const [a, b] = [await modelVersion(wavySeries(60), { productId: 'a' }), await modelVersion(wavySeries(60), { productId: 'b' })];
    const withSeries = modelJsonFileName([a, b], EXPORTED, { includeSeries: true, allChampions: true });
    const digests = modelJsonFileName([a, b], EXPORTED, { includeSeries: false, allChampions: true });
    expect(withSeries).toBe('shelfcast-champions-2-products-with-series-2026-11-27.shelfcast-model.json');
    expect(digests).toBe('shelfcast-champions-2-products-digests-only-2026-11-27.shelfcast-model.json');
  });

  it('keeps markup in titles as plain text: imported content is data', async () => {
    const title = '<img src=x onerror="alert(1)"> & <b>Bold</b>';
    const model = await modelVersion(wavySeries(60), { productTitle: title });
    const r = await importModelsJson(await exportModelsJson([{ model, series: null }], options), 'x.json', IMPORTED);
    expect(r.ok && r.value[0]!.draft.productTitle).toBe(title);
  });

  it('checksums canonical content: key order and whitespace do not matter', async () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"c":"x","d":2}]}');
    expect(await canonicalChecksum({ b: 1, a: 2 })).toBe(await canonicalChecksum({ a: 2, b: 1 }));
  });
});

/** Format versions whose upgrade a test below exercised (the last test checks every one was). */
const tested = new Set<number>();

/** A v2 document: v3 without `future`, re-signed as the v2 exporter signed it. */
async function v2Document() {
  const series = wavySeries(60);
  const doc = JSON.parse(await exportModelsJson([{ model: await modelVersion(series), series }], options));
  delete doc.content.models[0].model.future;
  const { checksum: _c, ...body } = { ...doc, formatVersion: 2 };
  return { ...body, checksum: { algorithm: 'SHA-256', value: await canonicalChecksum(body) } };
}

describe('restore(): older format versions', () => {
  it('upgrades v2 to v3: before, a model without `future`; after, the same model with `future: null`', async () => {
    tested.add(2);
    const before = await v2Document();
    const after = restore(structuredClone(before), 2);
    const { formatVersion: _f, content: _c, ...header } = before;
    expect(after).toEqual({
      ...header,
      formatVersion: 3,
      content: { models: [{ ...before.content.models[0], model: { ...before.content.models[0].model, future: null } }] },
    });
    expect(before.content.models[0].model).not.toHaveProperty('future');
  });

  it('imports a v2 file, verifying its checksum, as a model with no forecast of the weeks ahead', async () => {
    const r = await importModelsJson(JSON.stringify(await v2Document()), 'model-v2.json', IMPORTED);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value[0]!.draft.future).toBeNull();
    expect(r.value[0]!.draft.productId).toBe('9780722532935');
  });

  it('upgrades a v1 file (one model, no units, no baselines, no search time) and verifies its v1 checksum', async () => {
    tested.add(1);
    const text = readFileSync(new URL('./fixtures/model-v1.json', import.meta.url), 'utf8');
    const r = await importModelsJson(text, 'model-v1.json', IMPORTED);
    if (!r.ok) throw new Error(r.error.message);
    const { draft, series } = r.value[0]!;
    expect(draft.productId).toBe('9780241003008');
    expect(draft.io).toEqual({ frequency: 'weekly', weekEndingDay: 6, horizon: 32, units: 'units' });
    expect(draft.evaluation.baselines).toEqual([]);
    expect(draft.searchMs).toBe(0);
    expect(series?.values).toHaveLength(60);
    expect(draft.provenance).toMatchObject({ kind: 'imported', exportedBy: '0.0.9', originalVersion: 4 });
    expect(draft.future).toBeNull();
  });

  it('refuses a v1 file whose content was edited', async () => {
    const text = readFileSync(new URL('./fixtures/model-v1.json', import.meta.url), 'utf8').replace('"horizon": 32', '"horizon": 33');
    const r = await importModelsJson(text, 'model-v1.json', IMPORTED);
    expect(r.ok ? null : r.error.code).toBe('checksum-mismatch');
  });

  it('every upgrade has a test above (add one with each new format version)', () => {
    const untested = Object.keys(UPGRADES)
      .map(Number)
      .filter((v) => !tested.has(v));
    expect(untested, 'model format upgrades with no before/after test in model-json.test.ts').toEqual([]);
    expect(Object.keys(UPGRADES).map(Number)).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });
});
