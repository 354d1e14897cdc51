// Every stored record with a `recordVersion` is read through here: upgraded to today's shape
// (core/stored), or refused. A record this copy cannot read (saved by a newer lab in another tab)
// throws, like a database from a newer lab (db.ts): a guess could show wrong numbers, and a
// read-modify-write would store it back in the older shape, losing what the newer lab wrote.
import type { AppError } from '../core/result';
import { upgradeOnRead, type StoredKind, type StoredRecordErrorCode } from '../core/stored/upgrade-on-read';

/** A stored record this copy of the lab cannot read; `message` says what to do. */
export class StoredRecordProblem extends Error {
  override name = 'StoredRecordProblem';
  readonly code: StoredRecordErrorCode;
  constructor(error: AppError<StoredRecordErrorCode>) {
    super(error.message);
    this.code = error.code;
  }
}

export function readStored<T extends { recordVersion: number }>(kind: StoredKind<T>, stored: unknown): T {
  const read = upgradeOnRead(kind, stored);
  if (!read.ok) throw new StoredRecordProblem(read.error);
  return read.value;
}

/** `readStored` for an optional record (undefined stays undefined). */
export function readStoredIfAny<T extends { recordVersion: number }>(kind: StoredKind<T>, stored: unknown): T | undefined {
  return stored === undefined ? undefined : readStored(kind, stored);
}

export function readAllStored<T extends { recordVersion: number }>(kind: StoredKind<T>, stored: readonly unknown[]): T[] {
  return stored.map((record) => readStored(kind, record));
}
