// How much of the browser's storage the lab uses, and the request to keep it (persistent storage),
// so the registry screen can show both; absent APIs (older browsers) give nulls, never errors.

export interface StorageUsage {
  usedBytes: number | null;
  quotaBytes: number | null;
  /** Whether the browser promised not to evict the lab's data; null when it cannot say. */
  persisted: boolean | null;
}

/** The slice of `navigator.storage` used here, so tests can pass their own. */
export type StorageApi = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>>;

const defaultStorage = (): StorageApi | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export async function storageUsage(storage: StorageApi | undefined = defaultStorage()): Promise<StorageUsage> {
  const [estimate, persisted] = await Promise.all([storage?.estimate?.().catch(() => undefined), storage?.persisted?.().catch(() => null)]);
  return { usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persisted: persisted ?? null };
}

/** Asks the browser to keep the lab's data; true when granted (it may grant silently or refuse). */
export async function requestPersistentStorage(storage: StorageApi | undefined = defaultStorage()): Promise<boolean> {
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}
