// Upgrade-on-read for the records the lab stores (tldraw's store migrations are the model): each
// kind of record has an ordered list of steps, step i taking version i + 1 to i + 2, applied when a
// record is read, so a record written by any older copy of the lab reads in today's shape and no
// reader tolerates old shapes. A record from a newer copy (another tab already updated) cannot be
// read by this one: that is an error value, never a guess.
import { fail, ok, type Result } from '../result';

export type StoredJson = Record<string, unknown>;
/** Takes a record of one version to the next; pure, and never sees a record of another version. */
export type UpgradeStep = (record: StoredJson) => StoredJson;

export interface StoredKind<T extends { recordVersion: number }> {
  /** What the record is, for people: "model version", "run". */
  label: string;
  /** The version today's code writes: the record type's own, so a bump of the type must bump this. */
  version: T['recordVersion'];
  /** `steps[i]` upgrades version i + 1 to i + 2: one step for every version before `version`. */
  steps: readonly UpgradeStep[];
}

export type StoredRecordErrorCode = 'record-too-new' | 'record-unreadable';

const isObject = (v: unknown): v is StoredJson => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Brings a stored record up to the current version of its kind; the stored copy is not touched. */
export function upgradeOnRead<T extends { recordVersion: number }>(kind: StoredKind<T>, stored: unknown): Result<T, StoredRecordErrorCode> {
  const current = kind.version;
  const version = isObject(stored) ? stored.recordVersion : undefined;
  if (!isObject(stored) || typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'record-unreadable',
      `A stored ${kind.label} has no record version this lab knows (${JSON.stringify(version)}); it was written by something else or damaged.`,
    );
  }
  if (version > current) {
    return fail(
      'record-too-new',
      `A stored ${kind.label} was saved by a newer version of the lab (record version ${version}; this page reads up to ${current}). Reload to get the newer version (close other tabs of the lab if it stays old).`,
    );
  }
  let record = stored;
  for (let v = version; v < current; v++) {
    const step = kind.steps[v - 1];
    if (!step) return fail('record-unreadable', `This lab has no upgrade for a stored ${kind.label} of record version ${v}.`);
    record = { ...step(record), recordVersion: v + 1 };
  }
  return ok(record as T);
}
