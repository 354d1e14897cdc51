// Every step of the upgrade chain is exercised: a database written at version v (a record in each of
// its stores) opens at v + 1 with every record kept and the step's new stores present. The last test
// fails when a migration step was added without a test here (as tldraw checks its migrations).
import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openShelfcastDb } from './db';
import { DB_VERSION, MIGRATIONS, type ShelfcastDB } from './schema';

let n = 0;
const tested = new Set<number>();

/** One record for every store, shaped by its key path; a new store needs a line here. */
const SAMPLES: Record<string, unknown> = {
  datasets: { id: 'd1', name: 'a.csv' },
  studies: { key: 's1' },
  trials: { studyKey: 's1', number: 0 },
  series: { datasetId: 'd1', id: 'p1' },
  models: { datasetId: 'd1', productId: 'p1' },
  settings: { key: 'last-opened', value: { datasetId: 'd1', productId: null } },
  artifacts: { key: 'k1', digest: 'x', step: 'import' },
  payloads: { key: 'k1', payload: [1, 2] },
  mappings: { signature: 's1', mapping: {} },
  modelVersions: { productId: 'p1', version: 1 },
  modelAliases: { productId: 'p1', champion: 1 },
  championEvents: { id: 1, productId: 'p1', kind: 'first-champion' },
  retrainDecisions: { id: 1, productId: 'p1', decision: 'retrain' },
  runs: { id: 'r1', experiment: 'a.csv', datasetId: 'd1' },
};

function openAt(name: string, version: number): Promise<IDBPDatabase<ShelfcastDB>> {
  return openDB<ShelfcastDB>(name, version, {
    upgrade(db, oldVersion, _v, tx) {
      for (let v = oldVersion; v < version; v++) MIGRATIONS[v]!(db, tx);
    },
  });
}

/** Writes a sample in every store at `from`, upgrades one step, checks they all survived. */
async function exerciseStep(from: number): Promise<{ before: string[]; after: string[] }> {
  tested.add(from);
  const name = `migrate-${++n}`;
  let before: string[] = [];
  // Version 0 is "no database yet": nothing to write before the first step.
  if (from > 0) {
    const old = await openAt(name, from);
    before = Array.from(old.objectStoreNames);
    for (const store of before) {
      expect(SAMPLES, `a sample record for store "${store}"`).toHaveProperty(store);
      await old.put(store as never, SAMPLES[store] as never);
    }
    old.close();
  }
  const db = await openAt(name, from + 1);
  for (const store of before) expect(await db.count(store as never), `records of "${store}" after ${from} → ${from + 1}`).toBe(1);
  const after = Array.from(db.objectStoreNames);
  db.close();
  return { before, after };
}

describe('the IndexedDB upgrade chain', () => {
  it('0 → 1 creates the lab stores', async () => {
    expect((await exerciseStep(0)).after.sort()).toEqual(['datasets', 'models', 'series', 'settings']);
  });

  it('1 → 2 adds the pipeline artifacts and import mappings, keeping datasets', async () => {
    const { before, after } = await exerciseStep(1);
    expect(after.filter((s) => !before.includes(s)).sort()).toEqual(['artifacts', 'mappings', 'payloads']);
  });

  it('2 → 3 adds the model registry, keeping artifacts', async () => {
    const { before, after } = await exerciseStep(2);
    expect(after.filter((s) => !before.includes(s)).sort()).toEqual(['championEvents', 'modelAliases', 'modelVersions', 'retrainDecisions']);
  });

  it('3 → 4 adds runs, keeping the registry', async () => {
    const { before, after } = await exerciseStep(3);
    expect(after.filter((s) => !before.includes(s))).toEqual(['runs']);
  });

  it('4 → 5 adds studies and their trials, keeping the runs', async () => {
    const { before, after } = await exerciseStep(4);
    expect(after.filter((s) => !before.includes(s)).sort()).toEqual(['studies', 'trials']);
  });

  it('a database written at every older version opens with the current code', async () => {
    for (let v = 1; v < DB_VERSION; v++) {
      const name = `migrate-${++n}`;
      const old = await openAt(name, v);
      await old.put('settings', SAMPLES.settings as never);
      old.close();
      const db = await openShelfcastDb(name);
      expect(db.version).toBe(DB_VERSION);
      expect(await db.get('settings', 'last-opened')).toEqual(SAMPLES.settings);
      db.close();
    }
  });

  it('every migration step has a test above (add one with each new step)', () => {
    const untested = MIGRATIONS.map((_, i) => i).filter((i) => !tested.has(i));
    expect(untested, `migration steps from these versions have no test in migrations.test.ts`).toEqual([]);
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });
});
