// Studies and their trials in IndexedDB: one transaction per finished trial, so a reload loses at most
// the running trial (which a continuation re-runs). An ephemeral study keeps the trials of its last run.
import type { StudyRecord } from '../core/search/study-record';
import type { TrialRecord } from '../core/search/types';
import { STUDY_RECORD } from '../core/stored/stored-kinds';
import type { ShelfcastDatabase } from './db';
import { readAllStored, readStoredIfAny } from './stored-records';

/** The Web Lock a tab holds while it drives a study; another tab only watches it. */
export function studyLockName(studyKey: string): string {
  return `shelfcast-study-${studyKey}`;
}

const MS_PER_DAY = 86_400_000;

export class StudyRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  /** Saves a study's record; its trials are untouched. */
  async saveStudy(record: StudyRecord): Promise<void> {
    await this.db.put('studies', record);
  }

  /** Starts a new search under the record's key: saves the record and drops earlier trials in one transaction. */
  async restartStudy(record: StudyRecord): Promise<void> {
    const tx = this.db.transaction(['studies', 'trials'], 'readwrite');
    await tx.objectStore('studies').put(record);
    await tx.objectStore('trials').delete(IDBKeyRange.bound([record.key, -Infinity], [record.key, Infinity]));
    await tx.done;
  }

  async getStudy(key: string): Promise<StudyRecord | undefined> {
    return readStoredIfAny(STUDY_RECORD, await this.db.get('studies', key));
  }

  /** Studies, most recently updated first (one product's, or all). */
  async listStudies(productId?: string): Promise<StudyRecord[]> {
    const all = productId === undefined ? await this.db.getAll('studies') : await this.db.getAllFromIndex('studies', 'byProduct', productId);
    return readAllStored(STUDY_RECORD, all).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /**
   * Stores an imported study and all its trials in one transaction: a full disk or a closed tab
   * leaves none of it, never a study with half its trials. `replace`: the study's earlier trials are
   * dropped first (re-importing the same file); otherwise the trials are added beside the stored
   * ones (a merge, which never overwrites a stored number).
   */
  async importStudy(record: StudyRecord, trials: readonly TrialRecord[], replace = true): Promise<void> {
    const tx = this.db.transaction(['studies', 'trials'], 'readwrite');
    const store = tx.objectStore('trials');
    const writes: Promise<unknown>[] = [];
    try {
      if (replace) await store.delete(IDBKeyRange.bound([record.key, -Infinity], [record.key, Infinity]));
      else
        for (const trial of trials)
          if ((await store.getKey([record.key, trial.number])) !== undefined) throw new Error(`trial ${trial.number} of study ${record.key} is already stored`);
      for (const trial of trials) writes.push(store.put({ ...trial, studyKey: record.key }));
      writes.push(tx.objectStore('studies').put(record));
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      // A write that throws (rather than failing its request) does not end the transaction by itself.
      try {
        tx.abort();
      } catch {
        // Already finished (aborted by the failed request).
      }
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
  }

  /** Writes one trial (running or finished) in its own transaction. */
  async putTrial(studyKey: string, trial: TrialRecord): Promise<void> {
    await this.db.put('trials', { ...trial, studyKey });
  }

  /** A study's trials in trial-number order. */
  async listTrials(studyKey: string): Promise<TrialRecord[]> {
    const stored = await this.db.getAllFromIndex('trials', 'byStudy', studyKey);
    return stored.sort((a, b) => a.number - b.number).map(({ studyKey: _key, ...trial }) => trial);
  }

  /** Deletes a study and its trials together. */
  async deleteStudy(key: string): Promise<void> {
    const tx = this.db.transaction(['studies', 'trials'], 'readwrite');
    await tx.objectStore('studies').delete(key);
    await tx.objectStore('trials').delete(IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
    await tx.done;
  }

  /** Keys of the studies last updated more than `maxAgeDays` ago (what a purge would delete). */
  async keysOlderThan(maxAgeDays: number, now = new Date()): Promise<string[]> {
    const cutoff = new Date(now.getTime() - maxAgeDays * MS_PER_DAY).toISOString();
    return this.db.getAllKeysFromIndex('studies', 'byUpdated', IDBKeyRange.upperBound(cutoff, true));
  }

  /** Deletes studies (with their trials) last updated more than `maxAgeDays` ago; returns their keys. */
  async purgeOlderThan(maxAgeDays: number, now = new Date()): Promise<string[]> {
    const old = await this.keysOlderThan(maxAgeDays, now);
    for (const key of old) await this.deleteStudy(key);
    return old;
  }
}
