// The data worker's pipeline API in Node over fake-indexeddb: commits only whole, successful runs.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREPARE } from '../core/data/prepare';
import { DEFAULT_QUALITY } from '../core/data/quality';
import { DEFAULT_SPLIT } from '../core/data/split';
import { openShelfcastDb } from '../storage/db';
import { IdbArtifactStore } from '../storage/artifact-store';
import { RunRepository } from '../storage/run-repository';
import { bookScanCsv, panelRows } from '../test/bookscan';
import { createPipelineApi, type DroppedFile } from './pipeline-api';

let n = 0;
async function setup() {
  const db = await openShelfcastDb(`api-${++n}`);
  return { db, api: createPipelineApi(async () => new IdbArtifactStore(db), () => Date.parse('2026-11-27T12:00:00Z')) };
}
const file = (name: string, text: string): DroppedFile => ({ name, blob: new Blob([text]) });
const good = file('f.csv', bookScanCsv(panelRows('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2']), 'F'));

async function run(api: Awaited<ReturnType<typeof setup>>['api'], files: DroppedFile[], onProgress?: () => void, prepare = DEFAULT_PREPARE) {
  const heads = await Promise.all(files.map((f) => api.inspect(f)));
  const mappings = heads.map((h) => (h.ok ? h.value.mapping : undefined)!);
  const params = { import: { mappings, delimiters: heads.map((h) => (h.ok ? h.value.delimiter : ',')) }, prepare, quality: DEFAULT_QUALITY, split: DEFAULT_SPLIT };
  return api.run(files, params, onProgress);
}

describe('pipeline API', () => {
  it('imports, stores the prepared dataset with its artifacts, and serves the second run from the cache', async () => {
    const { db, api } = await setup();
    const progress: number[] = [];
    const first = await run(api, [good], () => progress.push(1));
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.dataset.productCount).toBe(2);
    expect(first.value.quality.filledWeeks).toBe(120);
    expect(progress.length).toBeGreaterThan(0);
    expect([await db.count('artifacts'), await db.count('datasets'), await db.count('series')]).toEqual([4, 1, 2]);
    const again = await run(api, [good]);
    expect(again.ok && again.value.reports.map((r) => r.status)).toEqual(['cached', 'cached', 'cached', 'cached']);
    expect(again.ok && again.value.dataset.id).toBe(first.value.dataset.id);
  });

  it('stores nothing when one of the files fails or the import is cancelled', async () => {
    const { db, api } = await setup();
    const head = await api.inspect(good);
    const bad = file('bad.csv', bookScanCsv(panelRows('data/dominicks-tuna/long.csv', ['tuna-b3'], 3).map((r) => ({ ...r, volume: 'x' })), 'F'));
    const failed = await api.run([good, bad], { import: { mappings: [head.ok ? head.value.mapping : undefined!, head.ok ? head.value.mapping : undefined!], delimiters: [',', ','] }, prepare: DEFAULT_PREPARE, quality: DEFAULT_QUALITY, split: DEFAULT_SPLIT });
    expect(failed.ok === false && [failed.error.code, failed.error.where?.file]).toEqual(['no-usable-rows', 'bad.csv']);
    const cancelled = await run(api, [good], () => api.cancel());
    expect(cancelled.ok === false && cancelled.error.code).toBe('cancelled');
    expect([await db.count('artifacts'), await db.count('payloads'), await db.count('datasets'), await db.count('series')]).toEqual([0, 0, 0, 0]);
  });

  it('a filter that leaves no product stores no dataset and says so; the dataset before it stays the last opened (issue 13)', async () => {
    const { db, api } = await setup();
    const first = await run(api, [good]);
    if (!first.ok) throw new Error(first.error.message);
    const none = await run(api, [good], undefined, { ...DEFAULT_PREPARE, search: 'no such title' });
    expect(none.ok === false && none.error.code).toBe('no-products');
    expect(none.ok === false && none.error.message).toMatch(/No product is left after the filters/);
    expect(await db.count('datasets')).toBe(1);
    expect((await db.get('settings', 'last-opened'))?.value).toMatchObject({ datasetId: first.value.dataset.id });
  });

  it('answers a 0-byte or binary file at inspection, naming the file', async () => {
    const { api } = await setup();
    expect(await api.inspect(file('e.csv', ''))).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.', where: { file: 'e.csv' } } });
    const bin = await api.inspect({ name: 'x.xlsx', blob: new Blob([new Uint8Array([80, 75, 3, 4, 0, 0, 1, 2])]) });
    expect(bin.ok === false && bin.error.code).toBe('not-csv');
  });
});

describe('pipeline API runs as recorded runs', () => {
  it('records every import with its step statuses: ran, then cached for the same file, failed for a bad one', async () => {
    const db = await openShelfcastDb(`api-${++n}`);
    const runs = new RunRepository(db);
    const api = createPipelineApi(async () => new IdbArtifactStore(db), () => Date.parse('2026-11-27T12:00:00Z'), async () => runs);
    const first = await run(api, [good]);
    await run(api, [good]);
    const bad = file('bad.csv', bookScanCsv(panelRows('data/dominicks-tuna/long.csv', ['tuna-b3'], 3).map((r) => ({ ...r, volume: 'x' })), 'F'));
    await run(api, [bad]);
    const recorded = (await runs.list()).sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.steps.length - b.steps.length);
    expect(recorded.map((r) => [r.kind, r.status, r.experiment, r.steps.map((s) => s.status).join(',')])).toContainEqual(['import', 'completed', 'f.csv', 'ran,ran,ran,ran']);
    expect(recorded.map((r) => [r.status, r.steps.map((s) => s.status).join(',')])).toEqual(expect.arrayContaining([
      ['completed', 'cached,cached,cached,cached'],
      ['failed', 'failed,not-run,not-run,not-run'],
    ]));
    const done = recorded.find((r) => r.status === 'completed')!;
    expect(first.ok && done.datasetId).toBe(first.ok && first.value.dataset.id);
    expect(done.steps[1]!.outputs).toEqual([done.datasetId]);
    expect(done.config).toMatchObject({ prepare: DEFAULT_PREPARE, split: DEFAULT_SPLIT });
    expect(recorded.every((r) => r.endedAt !== null)).toBe(true);
  });
});
