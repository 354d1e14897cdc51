// The retraining decision log in IndexedDB: one record per product per run, updated with its outcome.
import type { DecisionRecord } from '../core/registry/decision-log';
import { fail, ok, type Result } from '../core/result';
import { DECISION_RECORD } from '../core/stored/stored-kinds';
import type { ShelfcastDatabase } from './db';
import { readAllStored } from './stored-records';

export class DecisionRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  /** Stores a run's decisions in one transaction; returns them with their ids. */
  async record(records: readonly DecisionRecord[]): Promise<Result<DecisionRecord[], 'quota-exceeded' | 'write-failed'>> {
    const tx = this.db.transaction('retrainDecisions', 'readwrite');
    const done = tx.done;
    done.catch(() => undefined); // awaited below; an abort must not surface as an unhandled rejection
    try {
      const ids: number[] = [];
      for (const r of records) ids.push(await tx.store.add(r));
      await done;
      return ok(records.map((r, i) => ({ ...r, id: ids[i]! })));
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted.
      }
      const quota = (e as { name?: string } | null)?.name === 'QuotaExceededError';
      return quota
        ? fail('quota-exceeded', 'The browser has no room left to log these decisions.')
        : fail('write-failed', `The decision log could not be saved: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  /** Replaces a stored record (after its retraining finished or failed). */
  async update(record: DecisionRecord): Promise<void> {
    if (record.id === undefined) throw new Error('DecisionRepository.update needs a stored record (with an id)');
    await this.db.put('retrainDecisions', record);
  }

  /** All decisions, oldest first, or one product's. */
  async list(productId?: string): Promise<DecisionRecord[]> {
    return readAllStored(
      DECISION_RECORD,
      productId === undefined ? await this.db.getAll('retrainDecisions') : await this.db.getAllFromIndex('retrainDecisions', 'byProduct', productId),
    );
  }
}
