import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelVersionDraft } from '../core/registry/registry-types';
import { metrics, modelVersion, wavySeries } from '../test/model-version';
import { openShelfcastDb } from './db';
import { RegistryRepository } from './registry-repository';
import { exportModelsJson, importModelsJson } from '../core/exchange/model-json';
import { futureDigest, futureForecast } from '../core/registry/future-forecast';
import { ok } from '../core/result';

let n = 0;
const fresh = async () => new RegistryRepository(await openShelfcastDb(`registry-${++n}`));
const policy = { championMargin: 0.05, maxVersionsPerProduct: 3 };
const series = wavySeries(80);

async function draft(rmse: number, productId = 'isbn-1'): Promise<ModelVersionDraft> {
  const { recordVersion: _r, name: _n, version: _v, ...d } = await modelVersion(series, { productId });
  return { ...d, evaluation: { ...d.evaluation, test: metrics(rmse) } };
}

afterEach(() => vi.restoreAllMocks());

describe('RegistryRepository', () => {
  it('numbers versions 1, 2, … under arima_book_{id}; a clearly better challenger becomes champion, a marginal one does not', async () => {
    const repo = await fresh();
    const first = await repo.register(await draft(10), policy);
    expect(first.ok && [first.value.version.name, first.value.version.version, first.value.event.kind]).toEqual(['arima_book_isbn-1', 1, 'first-champion']);
    await repo.register(await draft(9.8), policy); // 2 % better: loses
    await repo.register(await draft(9), policy); // 10 % better: wins
    expect(await repo.getAliases('isbn-1')).toEqual({ productId: 'isbn-1', champion: 3, challenger: null, previousChampion: 1, nextVersion: 4 });
    expect((await repo.listEvents('isbn-1')).map((e) => [e.kind, e.from, e.to, e.challenger])).toEqual([
      ['first-champion', null, 1, 1],
      ['challenger-lost', 1, 1, 2],
      ['promoted', 1, 3, 3],
    ]);
    const champion = await repo.getChampion('isbn-1');
    expect(champion.kind === 'present' && champion.model.version).toBe(3);
  });

  it('rolls back to any earlier version and logs it; refuses a version it does not hold', async () => {
    const repo = await fresh();
    for (const rmse of [10, 9, 8]) await repo.register(await draft(rmse), policy);
    const r = await repo.rollback('isbn-1', 1, new Date('2026-11-27T05:00:00Z'));
    expect(r.ok && r.value.aliases).toMatchObject({ champion: 1, previousChampion: 3 });
    expect((await repo.listEvents('isbn-1')).at(-1)).toMatchObject({ kind: 'rollback', from: 3, to: 1, at: '2026-11-27T05:00:00.000Z' });
    expect(await repo.rollback('isbn-1', 7)).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
  });

  it('retention keeps at most N versions and never deletes the champion or the one before it', async () => {
    const repo = await fresh();
    await repo.register(await draft(10), policy); // 1 champion
    await repo.register(await draft(5), policy); // 2 champion, 1 previous
    for (const rmse of [6, 7, 8]) await repo.register(await draft(rmse), policy); // 3, 4, 5 lose
    expect((await repo.listVersions('isbn-1')).map((v) => v.version)).toEqual([1, 2, 5]);
    const last = await repo.register(await draft(9), policy);
    expect(last.ok && last.value.deleted).toEqual([5]);
    expect((await repo.listVersions('isbn-1')).map((v) => v.version)).toEqual([1, 2, 6]);
    expect(await repo.getAliases('isbn-1')).toMatchObject({ champion: 2, previousChampion: 1, nextVersion: 7 });
  });

  it('rolls the whole registration back when the disk is full, and says so', async () => {
    const repo = await fresh();
    await repo.register(await draft(10), policy);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'championEvents') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const failed = await repo.register(await draft(5), policy);
    expect(failed).toMatchObject({ ok: false, error: { code: 'quota-exceeded', where: { product: 'isbn-1' } } });
    expect(!failed.ok && failed.error.message).toContain('nothing was saved');
    vi.restoreAllMocks();
    // The version written before the failure is gone, the champion and the numbering are untouched.
    expect((await repo.listVersions('isbn-1')).map((v) => v.version)).toEqual([1]);
    expect(await repo.getAliases('isbn-1')).toMatchObject({ champion: 1, nextVersion: 2 });
    expect(await repo.listEvents('isbn-1')).toHaveLength(1);
    const retry = await repo.register(await draft(5), policy);
    expect(retry.ok && retry.value.version.version).toBe(2);
  });

  it('reports a champion alias whose version is gone, lists champions across products', async () => {
    const repo = await fresh();
    expect(await repo.getChampion('nobody')).toEqual({ kind: 'none' });
    await repo.register(await draft(10, 'a'), policy);
    await repo.register(await draft(10, 'b'), policy);
    expect((await repo.listChampions()).map((m) => m.name).sort()).toEqual(['arima_book_a', 'arima_book_b']);
    const db = await openShelfcastDb(`registry-${n}`);
    await db.delete('modelVersions', ['a', 1]);
    expect(await repo.getChampion('a')).toEqual({ kind: 'missing', version: 1 });
  });

  it('replaces a version’s forecast of the weeks ahead and nothing else, also on a version stored before forecasts existed', async () => {
    const repo = await fresh();
    const old = await draft(10);
    delete old.future; // a draft without a forecast of the weeks ahead (stored records of that age: stored-records.test.ts)
    await repo.register(old, policy);
    const stored = (await repo.getVersion('isbn-1', 1))!;
    expect(stored.future).toBeNull();
    expect(futureDigest(stored)).toBeNull();
    const longer = { ...series, values: [...series.values, 90] };
    const future = futureForecast({
      series: longer,
      fittedFrom: 0,
      mean: [95, 96],
      se: [1, 1],
      model: null,
      createdAt: new Date('2026-12-01T00:00:00Z'),
      seriesDigest: 'abc',
      source: 'refit',
    });
    const r = await repo.replaceFuture('isbn-1', 1, future);
    expect(r.ok && r.value.future).toEqual(future);
    const after = (await repo.getVersion('isbn-1', 1))!;
    expect(after).toEqual({ ...stored, future });
    expect(futureDigest(after)).toBe('abc');
    expect(await repo.getAliases('isbn-1')).toMatchObject({ champion: 1, nextVersion: 2 });
    expect(await repo.listEvents('isbn-1')).toHaveLength(1);
    expect(await repo.replaceFuture('isbn-1', 7, future)).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
  });

  it('registers an imported model as a new local version, marked imported with its provenance', async () => {
    const repo = await fresh();
    await repo.register(await draft(10), policy);
    const shared = await modelVersion(series, { version: 9, productId: 'isbn-1' });
    const text = await exportModelsJson([{ model: shared, series }], {
      includeSeries: true,
      appVersion: '0.2.0',
      exportedAt: new Date('2026-11-20T00:00:00Z'),
    });
    const imported = await importModelsJson(text, 'from-a-colleague.json', new Date('2026-11-27T00:00:00Z'));
    if (!imported.ok) throw new Error(imported.error.message);
    const r = await repo.register(imported.value[0]!.draft, policy);
    if (!r.ok) throw new Error(r.error.message);
    const stored = await repo.getVersion('isbn-1', 2);
    expect(stored?.provenance).toMatchObject({ kind: 'imported', fileName: 'from-a-colleague.json', originalVersion: 9, exportedBy: '0.2.0' });
    expect(stored?.evaluation).toEqual(shared.evaluation);
  });

  it('re-importing a file already registered (same checksum, same product) adds nothing and names the existing version', async () => {
    const repo = await fresh();
    await repo.register(await draft(10), policy); // a trained v1, so the import becomes v2
    const models = await Promise.all(['isbn-1', 'isbn-2'].map(async (productId) => ({ model: await modelVersion(series, { version: 1, productId }), series })));
    const text = await exportModelsJson(models, { includeSeries: true, appVersion: '0.2.0', exportedAt: new Date('2026-11-20T00:00:00Z') });
    const importOne = async (index: number, at: string) => {
      const imported = await importModelsJson(text, 'file.json', new Date(at));
      if (!imported.ok) throw new Error(imported.error.message);
      const r = await repo.registerImports('file.json', [{ draft: imported.value[index]!.draft }], policy);
      return r.ok ? ok(r.value[0]!) : r;
    };
    const first = await importOne(0, '2026-11-27T00:00:00Z');
    expect(first.ok && first.value.kind === 'registered' && first.value.version.version).toBe(2);
    const again = await importOne(0, '2026-11-28T00:00:00Z');
    expect(again.ok && again.value.kind === 'already-registered' && again.value.version.version).toBe(2);
    expect((await repo.listVersions('isbn-1')).map((v) => v.version)).toEqual([1, 2]);
    expect(await repo.listEvents('isbn-1')).toHaveLength(2);
    expect(await repo.getAliases('isbn-1')).toMatchObject({ nextVersion: 3 });
    // Same checksum, another product: a different model, registered.
    const other = await importOne(1, '2026-11-28T00:00:00Z');
    expect(other.ok && other.value.kind === 'registered' && [other.value.version.productId, other.value.version.version]).toEqual(['isbn-2', 1]);
  });

  it('a file holding two versions of one product imports both, then neither again', async () => {
    const repo = await fresh();
    const models = await Promise.all([1, 2].map(async (version) => ({ model: await modelVersion(series, { version, productId: 'isbn-1' }), series })));
    const text = await exportModelsJson(models, { includeSeries: true, appVersion: '0.2.0', exportedAt: new Date('2026-11-20T00:00:00Z') });
    const importAll = async () => {
      const imported = await importModelsJson(text, 'two.json', new Date('2026-11-27T00:00:00Z'));
      if (!imported.ok) throw new Error(imported.error.message);
      const r = await repo.registerImports(
        'two.json',
        imported.value.map((m) => ({ draft: m.draft })),
        policy,
      );
      return r.ok ? r.value.map((one) => `${one.kind} v${one.version.version}`) : [r.error.code];
    };
    expect(await importAll()).toEqual(['registered v1', 'registered v2']);
    expect(await importAll()).toEqual(['already-registered v1', 'already-registered v2']);
  });

  it('a file of 300 models is stored all at once or not at all: a write failing at model k leaves none of the file', async () => {
    const repo = await fresh();
    await repo.register(await draft(10, 'isbn-0'), policy);
    const products = Array.from({ length: 300 }, (_, i) => `isbn-${i + 1}`);
    const models = await Promise.all(products.map(async (productId) => ({ model: await modelVersion(series, { productId }), series })));
    const text = await exportModelsJson(models, { includeSeries: true, appVersion: '0.2.0', exportedAt: new Date('2026-11-20T00:00:00Z') });
    const imported = await importModelsJson(text, 'three-hundred.json', new Date('2026-11-27T00:00:00Z'));
    if (!imported.ok) throw new Error(imported.error.message);
    const all = imported.value.map((m) => ({ draft: m.draft }));
    const put = IDBObjectStore.prototype.put;
    let written = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'modelVersions' && ++written === 200) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const failed = await repo.registerImports('three-hundred.json', all, policy);
    expect(failed).toMatchObject({ ok: false, error: { code: 'quota-exceeded', where: { file: 'three-hundred.json' } } });
    expect(!failed.ok && failed.error.message).toContain('the 300 models of three-hundred.json: nothing was saved');
    vi.restoreAllMocks();
    expect(written).toBe(200);
    // Not one of the 199 models written before the failure is left, nor an alias or an event.
    for (const productId of products) {
      expect(await repo.listVersions(productId)).toEqual([]);
      expect(await repo.getAliases(productId)).toMatchObject({ champion: null, nextVersion: 1 });
      expect(await repo.listEvents(productId)).toEqual([]);
    }
    expect((await repo.listChampions()).map((c) => c.productId)).toEqual(['isbn-0']);
    const retry = await repo.registerImports('three-hundred.json', all, policy);
    expect(retry.ok && retry.value.filter((r) => r.kind === 'registered')).toHaveLength(300);
  });

  it('a tab closed part-way through a file (its transaction aborted) leaves none of the file', async () => {
    const repo = await fresh();
    const models = await Promise.all(['isbn-1', 'isbn-2', 'isbn-3'].map(async (productId) => ({ model: await modelVersion(series, { productId }), series })));
    const text = await exportModelsJson(models, { includeSeries: true, appVersion: '0.2.0', exportedAt: new Date('2026-11-20T00:00:00Z') });
    const imported = await importModelsJson(text, 'three.json', new Date('2026-11-27T00:00:00Z'));
    if (!imported.ok) throw new Error(imported.error.message);
    const add = IDBObjectStore.prototype.add;
    let events = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      // What a reload does to a running transaction: the browser aborts it.
      if (this.name === 'championEvents' && ++events === 3) this.transaction.abort();
      return add.apply(this, args);
    });
    const failed = await repo.registerImports(
      'three.json',
      imported.value.map((m) => ({ draft: m.draft })),
      policy,
    );
    expect(failed).toMatchObject({ ok: false, error: { code: 'write-failed', where: { file: 'three.json' } } });
    vi.restoreAllMocks();
    for (const productId of ['isbn-1', 'isbn-2', 'isbn-3']) expect(await repo.listVersions(productId)).toEqual([]);
  });
});
