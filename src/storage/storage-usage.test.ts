import { describe, expect, it } from 'vitest';
import { requestPersistentStorage, storageUsage } from './storage-usage';

describe('storage usage', () => {
  it('reports used and available bytes and whether storage is persistent', async () => {
    const storage = { estimate: async () => ({ usage: 1_250_000, quota: 300_000_000 }), persisted: async () => false, persist: async () => true };
    expect(await storageUsage(storage)).toEqual({ usedBytes: 1_250_000, quotaBytes: 300_000_000, persisted: false });
    expect(await requestPersistentStorage(storage)).toBe(true);
  });

  it('says "unknown" rather than failing where the browser lacks the API or refuses', async () => {
    expect(await storageUsage(undefined)).toEqual({ usedBytes: null, quotaBytes: null, persisted: null });
    const refusing = { estimate: () => Promise.reject(new Error('denied')), persist: () => Promise.reject(new Error('denied')) };
    expect(await storageUsage(refusing)).toEqual({ usedBytes: null, quotaBytes: null, persisted: null });
    expect(await requestPersistentStorage(refusing)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
  });
});
