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
  return {
    db,
    api: createPipelineApi(
      async () => new IdbArtifactStore(db),
      () => Date.parse('2026-11-27T12:00:00Z'),
    ),
  };
}
const file = (name: string, text: string): DroppedFile => ({ name, blob: new Blob([text]) });
const good = file('f.csv', bookScanCsv(panelRows('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2']), 'F'));

async function run(api: Awaited<ReturnType<typeof setup>>['api'], files: DroppedFile[], onProgress?: () => void, prepare = DEFAULT_PREPARE) {
  const heads = await Promise.all(files.map((f) => api.inspect(f)));
  const mappings = heads.map((h) => (h.ok ? h.value.mapping : undefined)!);
  const params = {
    import: { mappings, delimiters: heads.map((h) => (h.ok ? h.value.delimiter : ',')) },
    prepare,
    quality: DEFAULT_QUALITY,
    split: DEFAULT_SPLIT,
  };
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
    const bad = file(
      'bad.csv',
      bookScanCsv(
        panelRows('data/dominicks-tuna/long.csv', ['tuna-b3'], 3).map((r) => ({ ...r, volume: 'x' })),
        'F',
      ),
    );
    const failed = await api.run([good, bad], {
      import: { mappings: [head.ok ? head.value.mapping : undefined!, head.ok ? head.value.mapping : undefined!], delimiters: [',', ','] },
      prepare: DEFAULT_PREPARE,
      quality: DEFAULT_QUALITY,
      split: DEFAULT_SPLIT,
    });
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
    expect(none.ok === false && none.error.message).toMatch(
      /^No product is left after the filters\. The search “no such title” removed \d+ products? whose title, id and author do not match\./,
    );
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

describe('pipeline API on hostile files (issue 16)', () => {
  const text = bookScanCsv(
    panelRows('data/dominicks-tuna/long.csv', ['tuna-b1'], 6).map((r) => ({ ...r, title: 'Café Noir' })),
    'F',
  );
  const bytes = (encoding: 'utf-16le' | 'utf-16be', bom: boolean) => {
    const out = new Uint8Array(2 * text.length + 2);
    const view = new DataView(out.buffer);
    const units = (bom ? '\ufeff' : '') + text;
    for (let i = 0; i < units.length; i++) view.setUint16(2 * i, units.charCodeAt(i), encoding === 'utf-16le');
    return out.slice(0, 2 * units.length);
  };
  const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('refuses the same file dropped twice in one drop, naming both, and stores nothing', async () => {
    const { db, api } = await setup();
    const r = await run(api, [good, { ...good, name: 'f copy.csv' }]);
    expect(r.ok === false && r.error).toEqual({
      code: 'duplicate-file',
      where: { file: 'f copy.csv' },
      message: '"f copy.csv" has exactly the same contents as "f.csv": importing both would count every sale twice. Drop the file once.',
    });
    expect([await db.count('artifacts'), await db.count('datasets')]).toEqual([0, 0]);
  });

  it('imports UTF-16 (with or without a byte-order mark) exactly as the UTF-8 file', async () => {
    const { api } = await setup();
    const plain = await run(api, [file('u8.csv', text)]);
    if (!plain.ok) throw new Error(plain.error.message);
    for (const [encoding, bom] of [
      ['utf-16le', true],
      ['utf-16be', true],
      ['utf-16le', false],
    ] as const) {
      const r = await run(api, [{ name: `${encoding}.csv`, blob: new Blob([bytes(encoding, bom)]) }]);
      if (!r.ok) throw new Error(`${encoding}: ${r.error.message}`);
      expect(r.value.dataset.id).toBe(plain.value.dataset.id);
      expect(r.value.quality.perProduct[0]!.title).toBe('Café Noir');
    }
  });

  it('reads a Latin-1 file as Windows-1252 and says so, instead of calling it binary', async () => {
    const { api } = await setup();
    const head = await api.inspect({ name: 'l1.csv', blob: new Blob([latin1]) });
    expect(head.ok).toBe(true);
    const r = await run(api, [{ name: 'l1.csv', blob: new Blob([latin1]) }]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.quality.perProduct[0]!.title).toBe('Café Noir');
    expect(r.value.quality.notes).toContain('l1.csv is not UTF-8: it was read as Latin-1 (Windows-1252). Check that accented titles look right.');
  });

  it('names what a file is when it cannot be read as text', async () => {
    const { api } = await setup();
    const utf32 = await api.inspect({ name: 'u32.csv', blob: new Blob([new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])]) });
    expect(utf32.ok === false && [utf32.error.code, utf32.error.message]).toEqual([
      'unreadable-encoding',
      'This file is UTF-32 text, which the lab cannot read. Save it as CSV (UTF-8) and drop it again.',
    ]);
    const xlsx = await api.inspect({ name: 'book.xlsx', blob: new Blob([new Uint8Array([80, 75, 3, 4, 20, 0, 6, 0])]) });
    expect(xlsx.ok === false && [xlsx.error.code, xlsx.error.message]).toEqual([
      'not-csv',
      'This is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file. Save the sheet as CSV (UTF-8) and drop that.',
    ]);
  });

  it('refuses a file that turns out not to be UTF-8 past its start, naming where, and stores nothing', async () => {
    const { db, api } = await setup();
    const start = new TextEncoder().encode(text);
    const tail = Uint8Array.from('9780000000002,Caf\xe9,Unknown,198910,1989-10-25,3,,,,,,,,F\n', (c) => c.charCodeAt(0));
    const padding = new TextEncoder().encode('\n'.repeat(70_000));
    const r = await run(api, [{ name: 'mixed.csv', blob: new Blob([start, padding, tail]) }]);
    expect(r.ok === false && r.error.code).toBe('unreadable-file');
    const at = (start.length + padding.length + '9780000000002,Caf'.length + 1).toLocaleString('en-US');
    expect(r.ok === false && r.error.message).toBe(
      `mixed.csv is not valid UTF-8 at byte ${at}, though its start is. Save it again as UTF-8 and drop it again.`,
    );
    expect([await db.count('artifacts'), await db.count('datasets')]).toEqual([0, 0]);
  });

  it('reads a file whose first data row is 10 MB long', async () => {
    const { api } = await setup();
    const [header, first, ...rest] = text.split('\n');
    const long = first!.replace('Café Noir', `"${'x'.repeat(10_000_000)}"`);
    const head = await api.inspect(file('long.csv', [header, long, ...rest].join('\n')));
    if (!head.ok) throw new Error(head.error.message);
    expect(head.value.preview[0]![1]).toHaveLength(201);
    const r = await run(api, [file('long.csv', [header, long, ...rest].join('\n'))]);
    expect(r.ok && r.value.quality.rowsRead).toBe(6);
  });

  it('says exactly why when the first row does not end within 16 MB', async () => {
    const { api } = await setup();
    const head = await api.inspect(file('endless.csv', 'ISBN,Title,Volume\n9780000000002,' + 'x'.repeat(17_000_000)));
    expect(head.ok === false && head.error).toEqual({
      code: 'row-too-long',
      where: { file: 'endless.csv', row: 2 },
      message: 'Row 2 does not end within the first 16 MB of the file. A sales row is a few hundred bytes: is this a CSV export?',
    });
  });
});

describe('pipeline API runs as recorded runs', () => {
  it('records every import with its step statuses: ran, then cached for the same file, failed for a bad one', async () => {
    const db = await openShelfcastDb(`api-${++n}`);
    const runs = new RunRepository(db);
    const api = createPipelineApi(
      async () => new IdbArtifactStore(db),
      () => Date.parse('2026-11-27T12:00:00Z'),
      async () => runs,
    );
    const first = await run(api, [good]);
    await run(api, [good]);
    const bad = file(
      'bad.csv',
      bookScanCsv(
        panelRows('data/dominicks-tuna/long.csv', ['tuna-b3'], 3).map((r) => ({ ...r, volume: 'x' })),
        'F',
      ),
    );
    await run(api, [bad]);
    const recorded = (await runs.list()).sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.steps.length - b.steps.length);
    expect(recorded.map((r) => [r.kind, r.status, r.experiment, r.steps.map((s) => s.status).join(',')])).toContainEqual([
      'import',
      'completed',
      'f.csv',
      'ran,ran,ran,ran',
    ]);
    expect(recorded.map((r) => [r.status, r.steps.map((s) => s.status).join(',')])).toEqual(
      expect.arrayContaining([
        ['completed', 'cached,cached,cached,cached'],
        ['failed', 'failed,not-run,not-run,not-run'],
      ]),
    );
    const done = recorded.find((r) => r.status === 'completed')!;
    expect(first.ok && done.datasetId).toBe(first.ok && first.value.dataset.id);
    expect(done.steps[1]!.outputs).toEqual([done.datasetId]);
    expect(done.config).toMatchObject({ prepare: DEFAULT_PREPARE, split: DEFAULT_SPLIT });
    expect(recorded.every((r) => r.endedAt !== null)).toBe(true);
  });
});
