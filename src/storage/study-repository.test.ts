import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { profileConfig } from '../core/config/profiles';
import { runStudy } from '../core/search/driver';
import { closeStudyRecord, openStudyRecord, type StudyRecord } from '../core/search/study-record';
import type { TrialRecord } from '../core/search/types';
import { openShelfcastDb } from './db';
import { DB_VERSION, MIGRATIONS, type ShelfcastDB } from './schema';
import { StudyRepository } from './study-repository';

let n = 0;
const config = {
  ...profileConfig('development'),
  engine: 'native' as const,
  search_space: { ...profileConfig('development').search_space, families: ['arima' as const], engines: ['native' as const] },
};
const identity = {
  productId: 'p1',
  dataDigest: 'd',
  searchSpace: config.search_space,
  split: { testWeeks: 32, validationWeeks: 32 },
  objective: 'rmse' as const,
};
const base = { key: 'study-1', identity, config, configSources: { n_trials: 'url' as const }, droppedFamilies: [] };
/** A scripted objective: values follow the trial order. */
const scripted = (values: number[]) => {
  let i = 0;
  return async () => ({ ok: true as const, value: values[i++ % values.length]!, fitMs: 3 });
};

describe('StudyRepository', () => {
  it('keeps every finished trial across a "reload", and the continued study counts them', async () => {
    const name = `studies-${++n}`;
    const repo = new StudyRepository(await openShelfcastDb(name));
    const stored: TrialRecord[] = [];
    await repo.saveStudy(openStudyRecord(base, [], new Date('2026-11-27T05:00:00Z')));
    const controller = { aborted: false };
    await runStudy({
      studyKey: 'study-1',
      productId: 'p1',
      config,
      objective: scripted([10, 9, 8, 7]),
      signal: controller,
      onTrialStart: (t) => repo.putTrial('study-1', t),
      onTrialFinished: async (t) => {
        await repo.putTrial('study-1', t);
        stored.push(t);
        if (stored.length === 3) controller.aborted = true;
      },
    });
    // A fresh connection, as after a reload.
    const again = new StudyRepository(await openShelfcastDb(name));
    const trials = await again.listTrials('study-1');
    expect(trials.map((t) => [t.number, t.state, t.value])).toEqual([
      [0, 'complete', 10],
      [1, 'complete', 9],
      [2, 'complete', 8],
    ]);
    expect(trials[0]).toEqual(stored[0]);
    const summary = await runStudy({
      studyKey: 'study-1',
      productId: 'p1',
      config,
      objective: scripted([5]),
      existingTrials: trials,
      onTrialFinished: (t) => again.putTrial('study-1', t),
    });
    // Trial 3 improves to 5; trials 4–6 do not: patience 3 is used up at 7 trials (≥ min_trials 5).
    expect(summary.trials.length).toBe(7);
    expect(summary.trialsThisSession).toBe(4);
    const record = closeStudyRecord((await again.getStudy('study-1'))!, summary, new Date('2026-11-27T05:01:00Z'));
    await again.saveStudy(record);
    expect(await again.getStudy('study-1')).toMatchObject({
      state: 'finished',
      counts: { trials: 7, complete: 7 },
      bestValue: 5,
      stop: { code: 'early-stopped' },
    });
    expect((await again.listTrials('study-1')).length).toBe(7);
  });

  it('keeps an ephemeral study’s trials when its record is saved; a restart drops the earlier run’s trials', async () => {
    const repo = new StudyRepository(await openShelfcastDb(`studies-${++n}`));
    const trial: TrialRecord = {
      number: 0,
      state: 'complete',
      params: { p: 1 },
      distributions: {},
      value: 3,
      userAttrs: {},
      datetimeStart: '2026-11-27T05:00:00.000Z',
      datetimeComplete: '2026-11-27T05:00:01.000Z',
    };
    const open = openStudyRecord({ ...base, config: { ...config, study_storage: 'ephemeral' } }, [], new Date());
    await repo.restartStudy(open);
    await repo.putTrial('study-1', trial);
    await repo.saveStudy({ ...open, state: 'finished' });
    expect(await repo.listTrials('study-1')).toEqual([trial]);
    expect((await repo.getStudy('study-1'))?.storage).toBe('ephemeral');
    await repo.restartStudy(open);
    expect(await repo.listTrials('study-1')).toEqual([]);
    expect((await repo.getStudy('study-1'))?.state).toBe('running');
  });

  it('purges studies last updated before the configured age, with their trials', async () => {
    const repo = new StudyRepository(await openShelfcastDb(`studies-${++n}`));
    await repo.saveStudy(openStudyRecord({ ...base, key: 'old' }, [], new Date('2026-10-01T00:00:00Z')));
    await repo.saveStudy(openStudyRecord({ ...base, key: 'new' }, [], new Date('2026-11-26T00:00:00Z')));
    await repo.putTrial('old', {
      number: 0,
      state: 'failed',
      params: {},
      distributions: {},
      value: null,
      userAttrs: {},
      datetimeStart: '2026-10-01T00:00:00.000Z',
      datetimeComplete: null,
    });
    expect(await repo.keysOlderThan(30, new Date('2026-11-27T00:00:00Z'))).toEqual(['old']);
    expect((await repo.listStudies()).map((s) => s.key).sort()).toEqual(['new', 'old']);
    expect(await repo.purgeOlderThan(30, new Date('2026-11-27T00:00:00Z'))).toEqual(['old']);
    expect((await repo.listStudies()).map((s) => s.key)).toEqual(['new']);
    expect(await repo.listTrials('old')).toEqual([]);
  });
});

describe('study stores migration', () => {
  it('upgrades a version-4 database, keeping its runs and adding studies and trials', async () => {
    const name = `migrate-4-${++n}`;
    const v4 = await openDB<ShelfcastDB>(name, 4, {
      upgrade: (db, old, _new, tx) => {
        for (let v = old; v < 4; v++) MIGRATIONS[v]!(db, tx);
      },
    });
    await v4.put('settings', { key: 'kept', value: 1 });
    v4.close();
    const db = await openShelfcastDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect(db.objectStoreNames.contains('studies')).toBe(true);
    expect(db.objectStoreNames.contains('trials')).toBe(true);
    expect((await db.get('settings', 'kept'))?.value).toBe(1);
  });
});

describe('StudyRepository.importStudy', () => {
  const trial = (number: number): TrialRecord =>
    ({
      number,
      state: 'complete',
      params: { p: 1 },
      distributions: {},
      values: [number],
      userAttrs: {},
      startedAt: '2026-11-27T05:00:00.000Z',
      completedAt: '2026-11-27T05:00:01.000Z',
    }) as unknown as TrialRecord;

  it('stores a 10,000-trial study whole, or nothing when storage fills up part way', async () => {
    const repo = new StudyRepository(await openShelfcastDb(`studies-${++n}`));
    const record = openStudyRecord({ ...base, key: 'imported-big' }, [], new Date('2026-11-27T05:00:00Z'));
    const trials = Array.from({ length: 10_000 }, (_, i) => trial(i));
    // fake-indexeddb is the global IndexedDB here: make its 5,000th put refuse as a full disk does.
    const store = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...args: unknown[]) => unknown } } }).IDBObjectStore.prototype;
    const put = store.put;
    let calls = 0;
    store.put = function (this: unknown, ...args: unknown[]) {
      if (++calls === 5_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(repo.importStudy(record, trials)).rejects.toThrow(/quota/);
    } finally {
      store.put = put;
    }
    expect(await repo.getStudy('imported-big')).toBeUndefined();
    expect(await repo.listTrials('imported-big')).toEqual([]);
    await repo.importStudy(record, trials);
    expect(await repo.listTrials('imported-big')).toHaveLength(10_000);
    expect((await repo.getStudy('imported-big'))?.key).toBe('imported-big');
  });
});
