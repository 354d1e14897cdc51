import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { runTotals, type RunRecord } from '../core/runs/run-record';
import { runName } from '../core/runs/run-names';
import { openShelfcastDb } from './db';
import { RunRepository, runLockName } from './run-repository';
import { MIGRATIONS, type ShelfcastDB } from './schema';

let n = 0;
const run = (id: string, startedAt: string, status: RunRecord['status'] = 'running'): RunRecord => ({
  id,
  name: runName({ kind: 'train', source: 'f.csv', profile: 'development', startedAt: new Date(startedAt) }),
  experiment: 'dataset-a',
  kind: 'train',
  datasetId: 'a',
  config: { profile: 'testing' },
  configSources: { profile: 'url' },
  startedAt,
  endedAt: null,
  status,
  steps: [],
  products: [],
  recordVersion: 1,
});

describe('RunRepository', () => {
  it('reads a run recorded by an older version with digests for experiment and name under readable ones (issue 13)', async () => {
    const db = await openShelfcastDb(`runs-${++n}`);
    const repo = new RunRepository(db);
    const digest = 'ad16ac3bf6f7ea996de19db0fbec39541ad5549541c3460b69f81efd6f6b2bd0';
    await db.put('datasets', {
      id: digest,
      name: 'oj-bookscan.csv',
      weekEndingDay: 6,
      productCount: 1,
      rowsRead: 1,
      rejectedCount: 0,
      rejected: [],
      products: [],
      importedAt: '2026-12-01T00:00:00Z',
      recordVersion: 1,
    });
    await repo.start({ ...run('old', '2026-12-02T00:08:00Z', 'completed'), name: digest, experiment: digest, datasetId: digest });
    const [old] = await repo.list();
    expect(old!.experiment).toBe('oj-bookscan.csv');
    expect(old!.name).toMatch(/^Training · oj-bookscan\.csv · testing · \d+ Dec \d\d:\d\d$/);
    expect(old!.datasetId).toBe(digest);
    // Stored as it was: only the reading is readable.
    expect((await repo.get('old'))!.experiment).toBe(digest);
  });

  it('records steps and product results as they finish, newest run first', async () => {
    const repo = new RunRepository(await openShelfcastDb(`runs-${++n}`));
    await repo.start(run('r1', '2026-11-01T10:00:00Z'));
    await repo.start(run('r2', '2026-11-02T10:00:00Z'));
    await repo.addStep('r2', { step: 'import', status: 'cached', ms: 3, inputs: ['file'], outputs: ['d1'] });
    await repo.addProduct('r2', { productId: 'p1', decision: 'reuse', reason: 'model_still_valid', trainingMs: 0, savedMs: 900 });
    await repo.addProduct('r2', { productId: 'p2', decision: 'retrain', reason: 'no_existing_model', trainingMs: 1200, savedMs: 0 });
    const finished = await repo.finish('r2', 'completed', new Date('2026-11-02T10:05:00Z'));
    expect(finished?.endedAt).toBe('2026-11-02T10:05:00.000Z');
    expect((await repo.list()).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(runTotals((await repo.get('r2'))!)).toEqual({ reused: 1, refit: 0, retrained: 1, failed: 0, savedMs: 900, trainingMs: 1200 });
  });

  it('shows a run left running by a closed tab as interrupted, but not one whose lock is held', async () => {
    const repo = new RunRepository(await openShelfcastDb(`runs-${++n}`));
    await repo.start(run('closed-tab', '2026-11-01T10:00:00Z'));
    await repo.start(run('live', '2026-11-01T11:00:00Z'));
    await repo.start(run('done', '2026-11-01T09:00:00Z', 'completed'));
    const marked = await repo.markInterrupted(new Set([runLockName('live')]));
    expect(marked.map((r) => r.id)).toEqual(['closed-tab']);
    expect((await repo.get('closed-tab'))?.status).toBe('interrupted');
    expect((await repo.get('live'))?.status).toBe('running');
    expect((await repo.get('done'))?.status).toBe('completed');
  });

  it('opens a database written by the previous schema (v3) and keeps its records', async () => {
    const name = `runs-${++n}`;
    const old = await openDB<ShelfcastDB>(name, 3, {
      upgrade(db, oldVersion, _v, tx) {
        for (let v = oldVersion; v < 3; v++) MIGRATIONS[v]!(db, tx);
      },
    });
    await old.put('settings', { key: 'last-opened', value: { datasetId: 'a', productId: null } });
    old.close();
    const db = await openShelfcastDb(name);
    expect(db.objectStoreNames.contains('runs')).toBe(true);
    expect(await db.get('settings', 'last-opened')).toEqual({ key: 'last-opened', value: { datasetId: 'a', productId: null } });
    await new RunRepository(db).start(run('r', '2026-11-01T10:00:00Z'));
    expect(await db.count('runs')).toBe(1);
  });
});
