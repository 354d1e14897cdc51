import 'fake-indexeddb/auto';
import { MIGRATIONS } from './schema';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { bookScanCsv, panelRows } from '../test/bookscan';
import { excerpt } from '../test/shared-data';
import { importSalesCsv } from '../core/data/import-dataset';
import { parseDay } from '../core/data/dates';
import { readHead } from '../core/data/file-head';
import { DEFAULT_PREPARE } from '../core/data/prepare';
import { DEFAULT_QUALITY } from '../core/data/quality';
import { DEFAULT_SPLIT } from '../core/data/split';
import { DATA_STEPS } from '../core/pipeline/data-steps';
import { runPipeline } from '../core/pipeline/runner';
import { openShelfcastDb } from './db';
import { DB_VERSION } from './schema';
import { IdbArtifactStore, MappingRepository } from './artifact-store';

let n = 0;
const text = bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P4', 'P5'], 52), 'T Trade');
function source() {
  const head = readHead(text, true);
  if (!head.ok) throw new Error(head.error.message);
  const file = {
    name: 't.csv',
    mapping: head.value.mapping,
    delimiter: ',',
    async *chunks() {
      yield text;
    },
  };
  return { files: { digest: 'file-digest', payload: { files: [file], today: parseDay('2026-11-27')! } } };
}
const params = { import: { mappings: [] }, prepare: DEFAULT_PREPARE, quality: DEFAULT_QUALITY, split: DEFAULT_SPLIT };

describe('IdbArtifactStore (fake-indexeddb)', () => {
  it('upgrades a version-1 database, keeping its datasets, and adds the pipeline stores', async () => {
    const name = `upgrade-${++n}`;
    // Version 1 as the lab made it (its first migration), not a store the lab never wrote alone.
    const v1 = await openDB(name, 1, { upgrade: (db, _old, _new, tx) => MIGRATIONS[0]!(db as never, tx as never) });
    await v1.put('datasets', { id: 'old' });
    v1.close();
    const db = await openShelfcastDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('datasets', 'old')).toEqual({ id: 'old' });
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['artifacts', 'payloads', 'mappings']));
  });

  it('caches across runs through IndexedDB and commits artifacts with the dataset in one go', async () => {
    const db = await openShelfcastDb(`store-${++n}`);
    const store = new IdbArtifactStore(db);
    const first = await runPipeline(DATA_STEPS, source(), params, store);
    expect(await db.count('artifacts')).toBe(0); // nothing is written while running
    await store.commit(first.fresh, {
      id: first.headers.prepare!.digest,
      value: { name: 't.csv', weekEndingDay: 6, products: [], rowsRead: 104, rejectedCount: 0, rejected: [] },
    });
    expect([await db.count('artifacts'), await db.count('payloads'), await db.count('datasets')]).toEqual([4, 4, 1]);
    const again = await runPipeline(DATA_STEPS, source(), params, store);
    expect(again.reports.map((r) => r.status)).toEqual(['cached', 'cached', 'cached', 'cached']);
    const prepared = await again.payload<{ products: { values: number[] }[] }>('prepare');
    expect(prepared.products).toHaveLength(2);
  });

  it('writes nothing when a dataset write fails half-way', async () => {
    const db = await openShelfcastDb(`store-${++n}`);
    const r = importSalesCsv(excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b5'], 1), 'tuna.csv');
    if (!r.ok) throw new Error(r.error.message);
    const first = await runPipeline(DATA_STEPS, source(), params, new IdbArtifactStore(db));
    // A function cannot be cloned into IndexedDB: the second series write fails inside the transaction.
    const broken = { ...r.value, products: [r.value.products[0]!, { ...r.value.products[1]!, title: (() => 0) as unknown as string }] };
    await expect(new IdbArtifactStore(db).commit(first.fresh, { id: 'bad', value: broken })).rejects.toThrow();
    const counts = await Promise.all((['artifacts', 'payloads', 'datasets', 'series', 'settings'] as const).map((s) => db.count(s)));
    expect(counts).toEqual([0, 0, 0, 0, 0]);
  });

  it('remembers a mapping per header signature', async () => {
    const repo = new MappingRepository(await openShelfcastDb(`map-${++n}`));
    const mapping = { id: 'sku', title: null, author: null, category: null, date: 'day', volume: 'units', dateFormat: 'auto' as const, isbn: false };
    await repo.put('day|sku|units', mapping);
    expect(await repo.get('day|sku|units')).toEqual(mapping);
    expect(await repo.get('other')).toBeUndefined();
  });
});
