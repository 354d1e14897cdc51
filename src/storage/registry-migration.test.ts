import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { decisionRecord, withOutcome } from '../core/registry/decision-log';
import { openShelfcastDb } from './db';
import { DecisionRepository } from './decision-repository';
import { addRegistryStores, REGISTRY_STORE_NAMES } from './registry-schema';
import { DB_VERSION, MIGRATIONS, type ShelfcastDB } from './schema';

describe('registry migration', () => {
  it('upgrades a version-1 database to the current version, keeping its data and adding the registry stores', async () => {
    const name = 'migrate-from-1';
    const v1 = await openDB<ShelfcastDB>(name, 1, { upgrade: (db, _o, _n, tx) => MIGRATIONS[0]!(db, tx) });
    await v1.put('settings', { key: 'last-opened', value: { datasetId: 'kept', productId: null } });
    v1.close();
    const db = await openShelfcastDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const store of REGISTRY_STORE_NAMES) expect(db.objectStoreNames.contains(store)).toBe(true);
    expect((await db.get('settings', 'last-opened'))?.value).toEqual({ datasetId: 'kept', productId: null });
  });

  it('has one upgrade step per database version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('creates only the stores that are absent, so it can run at any version number after a merge', async () => {
    const db = await openDB<ShelfcastDB>('migrate-twice', 1, {
      upgrade(db) {
        addRegistryStores(db);
        addRegistryStores(db);
      },
    });
    expect([...db.objectStoreNames].sort()).toEqual([...REGISTRY_STORE_NAMES].sort());
  });
});

describe('DecisionRepository', () => {
  it("stores a run's decisions, updates an outcome, and lists them per product", async () => {
    const repo = new DecisionRepository(await openShelfcastDb('decisions'));
    const at = new Date('2026-11-27T04:00:00Z');
    const stored = await repo.record([
      decisionRecord('a', { decision: 'reuse', reason: 'model_still_valid', numbers: { newWeeks: 1 } }, 30_000, at),
      decisionRecord('b', { decision: 'retrain', reason: 'data_revised', numbers: {} }, 10_000, at),
    ]);
    if (!stored.ok) throw new Error(stored.error.message);
    await repo.update(withOutcome(stored.value[1]!, 'retrained'));
    expect((await repo.list()).map((r) => [r.productId, r.outcome, r.savedMs])).toEqual([
      ['a', 'reused', 30_000],
      ['b', 'retrained', 0],
    ]);
    expect((await repo.list('a'))[0]).toMatchObject({ reason: 'model_still_valid', numbers: { newWeeks: 1 } });
  });
});
