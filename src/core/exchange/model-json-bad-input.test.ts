import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import { canonicalChecksum } from '../canonical-json';
import { checkModelFileSize, exportModelsJson, importModelsJson } from './model-json';

const AT = new Date('2026-11-28T09:30:00Z');
const series = wavySeries(60);

/** A valid exported document as an object, to break one field of. */
async function validDoc() {
  const model = await modelVersion(series);
  return JSON.parse(await exportModelsJson([{ model, series }], { includeSeries: true, appVersion: '0.1.0', exportedAt: AT }));
}

/** Re-signs an edited document, as a careful forger (or a buggy exporter) would. */
async function signed(doc: Record<string, unknown>): Promise<string> {
  const { checksum: _c, ...body } = doc;
  return JSON.stringify({ ...body, checksum: { algorithm: 'SHA-256', value: await canonicalChecksum(body) } });
}

async function refusal(text: string) {
  const r = await importModelsJson(text, 'shared.json', AT);
  if (r.ok) throw new Error('expected the import to be refused');
  return r.error;
}

async function fieldRefusal(edit: (model: Record<string, any>, doc: Record<string, any>) => void) {
  const doc = await validDoc();
  edit(doc.content.models[0].model, doc);
  return refusal(await signed(doc));
}

describe('model JSON import refuses bad input with a clear message, and returns nothing', () => {
  it('malformed JSON', async () => {
    const e = await refusal('{"format": "shelfcast-model", ');
    expect(e.code).toBe('malformed-json');
    expect(e.message).toMatch(/^shared\.json is not valid JSON/);
  });

  it('a JSON file that is not a model file', async () => {
    expect((await refusal('{"hello": 1}')).code).toBe('not-a-model-file');
    expect((await refusal('[1,2]')).code).toBe('not-a-model-file');
  });

  it('a wrong checksum: one digit of the content changed', async () => {
    const doc = await validDoc();
    doc.content.models[0].model.evaluation.test.rmse = 1;
    const e = await refusal(JSON.stringify(doc));
    expect(e.code).toBe('checksum-mismatch');
    expect(e.message).toContain('changed after it was exported');
  });

  it('an unknown future format version, and one that never existed', async () => {
    const doc = await validDoc();
    const future = await refusal(await signed({ ...doc, formatVersion: 4 }));
    expect(future).toMatchObject({ code: 'future-format-version' });
    expect(future.message).toContain('format 4');
    expect((await refusal(await signed({ ...doc, formatVersion: 0 }))).message).toContain(
      'shared.json: formatVersion must be a whole number from 1 to 1000000 (got 0).',
    );
  });

  it('missing fields, named by their path', async () => {
    const e = await fieldRefusal((m) => delete m.spec.order.q);
    expect(e).toMatchObject({ code: 'invalid-field', message: 'shared.json: content.models[0].model.spec.order.q is missing.' });
    expect((await fieldRefusal((m) => delete m.evaluation)).message).toContain('content.models[0].model.evaluation is missing');
  });

  it('negative and fractional orders', async () => {
    expect((await fieldRefusal((m) => (m.spec.order.p = -1))).message).toContain(
      'content.models[0].model.spec.order.p must be a whole number from 0 to 20 (got -1)',
    );
    expect((await fieldRefusal((m) => (m.spec.order.d = 0.5))).message).toContain('spec.order.d must be a whole number (got 0.5)');
  });

  it('a 10,000-step horizon', async () => {
    expect((await fieldRefusal((m) => (m.io.horizon = 10_000))).message).toContain('model.io.horizon must be a whole number from 1 to 520 (got 10000)');
  });

  it('non-finite coefficients (1e999 parses as Infinity)', async () => {
    const doc = await validDoc();
    const text = (await signed(doc)).replace('"value":0.5', '"value":1e999');
    expect(await refusal(text)).toMatchObject({ code: 'invalid-field' });
    expect((await fieldRefusal((m) => (m.fitted.coefficients[1].value = 'NaN'))).message).toContain(
      'fitted.coefficients[1].value must be a finite number (got "NaN")',
    );
  });

  it('a fit whose spec differs from the model spec, and a series that is not the one recorded', async () => {
    expect((await fieldRefusal((m) => (m.fitted.spec.order.p = 2))).message).toContain('model.fitted.spec must be the same as the model spec');
    expect((await fieldRefusal((_m, doc) => (doc.content.models[0].series.values[3] += 1))).message).toContain('series does not match model.data.digest');
  });

  it('a 21 MB file, before parsing it', async () => {
    const e = await refusal(`{${' '.repeat(21 * 1024 * 1024)}`);
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('shared.json is 21.0 MB; a model file may be at most 20 MB, so it was not read.');
    expect(checkModelFileSize(100 * 1024 * 1024, 'big.json')).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(checkModelFileSize(300_000, 'small.json').ok).toBe(true);
  });
});
