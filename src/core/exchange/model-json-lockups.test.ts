// Model files that used to lock a screen up or confuse the reader: weeks that repeat (the Models
// view keyed its rows by date and crashed on every visit), and JSON nested thousands of levels deep.
import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import { canonicalChecksum } from '../canonical-json';
import { exportModelsJson, importModelsJson } from './model-json';

const AT = new Date('2026-11-28T09:30:00Z');

async function signed(doc: Record<string, unknown>): Promise<string> {
  const { checksum: _c, ...body } = doc;
  return JSON.stringify({ ...body, checksum: { algorithm: 'SHA-256', value: await canonicalChecksum(body) } });
}

describe('model file import', () => {
  it('refuses a forecast whose weeks repeat a date, naming the week', async () => {
    const series = wavySeries(60);
    const doc = JSON.parse(
      await exportModelsJson([{ model: await modelVersion(series), series }], { includeSeries: true, appVersion: '0.1.0', exportedAt: AT }),
    );
    const forecast = doc.content.models[0].model.forecast;
    forecast.weekEnding[1] = forecast.weekEnding[0];
    const r = await importModelsJson(await signed(doc), 'shared.json', AT);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-field');
    expect(r.error.message).toContain('content.models[0].model.forecast.weekEnding[1]');
    expect(r.error.message).toMatch(/repeats|after the week before/);
  });

  it('reports JSON nested 5,000 levels deep as too deeply nested, not as a bad number', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const text = `{"format":"shelfcast-model","formatVersion":1,"content":{"models":[]},"junk":${deep},"checksum":{"algorithm":"SHA-256","value":"${'0'.repeat(64)}"}}`;
    const r = await importModelsJson(text, 'deep.json', AT);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).not.toMatch(/number JSON cannot represent/);
    expect(r.error.message).toMatch(/deep\.json is nested more than \d+ levels deep/);
  });
});
