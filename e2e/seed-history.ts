// Test-only seeding (the production build has no ?demo-history): runs the demo history seed (two real
// training runs, src/dev/demo-history.ts) in Node against a copy of the page's dataset in
// fake-indexeddb, then writes the records it made (runs, decisions, studies and trials, versions,
// aliases, champion events) into the page's own IndexedDB.
import 'fake-indexeddb/auto';
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { openShelfcastDb } from '../src/storage/db';
import { seedDemoHistory } from '../src/dev/demo-history';
import { DecisionRepository } from '../src/storage/decision-repository';
import { LabRepository } from '../src/storage/lab-repository';
import { RegistryRepository } from '../src/storage/registry-repository';
import { RunRepository } from '../src/storage/run-repository';
import { StudyRepository } from '../src/storage/study-repository';

const READ = ['datasets', 'series', 'settings'] as const;
const WRITTEN = ['runs', 'retrainDecisions', 'studies', 'trials', 'modelVersions', 'modelAliases', 'championEvents'] as const;
type Dump = Record<string, unknown[]>;

/** Every record of `stores` in the page's database (opened at its current version). */
function readStores(page: Page, stores: readonly string[]): Promise<Dump> {
  return page.evaluate(
    async (names) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) =>
        Object.assign(indexedDB.open('shelfcast'), {
          onsuccess(this: IDBOpenDBRequest) {
            resolve(this.result);
          },
          onerror: reject,
        }),
      );
      const tx = db.transaction(names, 'readonly');
      const all = await Promise.all(
        names.map(
          (n) => new Promise<unknown[]>((resolve) => (tx.objectStore(n).getAll().onsuccess = (e) => resolve((e.target as IDBRequest<unknown[]>).result))),
        ),
      );
      db.close();
      return Object.fromEntries(names.map((n, i) => [n, all[i]!]));
    },
    [...stores],
  );
}

function writeStores(page: Page, dump: Dump): Promise<void> {
  return page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) =>
      Object.assign(indexedDB.open('shelfcast'), {
        onsuccess(this: IDBOpenDBRequest) {
          resolve(this.result);
        },
        onerror: reject,
      }),
    );
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [store, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(store).put(row);
    await new Promise((resolve, reject) => Object.assign(tx, { oncomplete: resolve, onerror: reject, onabort: reject }));
    db.close();
  }, dump);
}

/**
 * Seeds two back-dated training runs over the page's last-opened dataset, as ?demo-history does in
 * development. `withoutFutures` drops the versions' forecasts of the weeks ahead, as releases before
 * those forecasts stored them.
 */
export async function seedHistory(page: Page, options: { now?: Date; withoutFutures?: boolean } = {}): Promise<void> {
  const source = await readStores(page, READ);
  const db = await openShelfcastDb(`seed-${randomUUID()}`);
  for (const store of READ) for (const row of source[store]!) await db.put(store, row as never);
  const stores = {
    lab: new LabRepository(db),
    registry: new RegistryRepository(db),
    decisions: new DecisionRepository(db),
    runs: new RunRepository(db),
    studies: new StudyRepository(db),
  };
  await seedDemoHistory(stores, { appVersion: 'e2e-seed', ...(options.now ? { now: options.now } : {}) });
  const made: Dump = {};
  for (const store of WRITTEN) made[store] = await db.getAll(store);
  if (options.withoutFutures)
    made.modelVersions = made.modelVersions!.map((v) => {
      const { future: _dropped, ...older } = v as { future?: unknown };
      return older;
    });
  db.close();
  await writeStores(page, made);
}
