// Runs in IndexedDB: started before any work, updated step by step, finished at the end. A run left
// "running" by a closed tab is shown as interrupted: no tab holds its Web Lock any more.
import type { IDBPDatabase } from 'idb';
import type { RunRecord, RunStatus, RunStepRecord, RunProductResult } from '../core/runs/run-record';
import { readableRuns } from '../core/runs/run-names';
import { RUN_RECORD } from '../core/stored/stored-kinds';
import type { ShelfcastDatabase } from './db';
import { readAllStored, readStoredIfAny } from './stored-records';

/** The Web Lock a tab holds while it drives a run. */
export function runLockName(runId: string): string {
  return `shelfcast-run-${runId}`;
}

export class RunRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  async start(run: RunRecord): Promise<void> {
    await this.db.put('runs', run);
  }

  /** Applies `change` to the stored run in one transaction (read-modify-write, nothing awaited between). */
  async #update(id: string, change: (run: RunRecord) => void): Promise<RunRecord | undefined> {
    const tx = this.db.transaction('runs', 'readwrite');
    const run = readStoredIfAny(RUN_RECORD, await tx.store.get(id));
    if (run) {
      change(run);
      await tx.store.put(run);
    }
    await tx.done;
    return run;
  }

  addStep(id: string, step: RunStepRecord): Promise<RunRecord | undefined> {
    return this.#update(id, (run) => void run.steps.push(step));
  }

  /** A product's result with the steps that made it, in one transaction. */
  addProduct(id: string, result: RunProductResult, steps: readonly RunStepRecord[] = []): Promise<RunRecord | undefined> {
    return this.#update(id, (run) => {
      run.steps.push(...steps);
      run.products = [...run.products.filter((p) => p.productId !== result.productId), result];
    });
  }

  finish(id: string, status: Exclude<RunStatus, 'running'>, endedAt = new Date()): Promise<RunRecord | undefined> {
    return this.#update(id, (run) => {
      run.status = status;
      run.endedAt = endedAt.toISOString();
    });
  }

  async get(id: string): Promise<RunRecord | undefined> {
    return readStoredIfAny(RUN_RECORD, await this.db.get('runs', id));
  }

  /** All runs, newest first; runs recorded with digests for names read under readable ones (run-names.ts). */
  async list(): Promise<RunRecord[]> {
    const tx = this.db.transaction(['runs', 'datasets'], 'readonly');
    const [runs, datasets] = await Promise.all([tx.objectStore('runs').getAll(), tx.objectStore('datasets').getAll(), tx.done]);
    return readableRuns(readAllStored(RUN_RECORD, runs), datasets).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /**
   * Marks as interrupted every run still "running" whose lock no tab holds (`heldLocks` from
   * navigator.locks.query()). Returns the runs it marked.
   */
  async markInterrupted(heldLocks: ReadonlySet<string>, at = new Date()): Promise<RunRecord[]> {
    const marked: RunRecord[] = [];
    for (const run of readAllStored(RUN_RECORD, await this.db.getAll('runs'))) {
      if (run.status !== 'running' || heldLocks.has(runLockName(run.id))) continue;
      const updated = await this.finish(run.id, 'interrupted', at);
      if (updated) marked.push(updated);
    }
    return marked;
  }
}
