// Upgrade-on-read through the repositories: records written the old way (straight into IndexedDB)
// read in today's shape, and a record from a newer lab is refused with a clear message.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ModelVersion } from '../core/registry/registry-types';
import { modelVersion, wavySeries } from '../test/model-version';
import { openShelfcastDb } from './db';
import { MonitoringRepository } from './monitoring-repository';
import { RegistryRepository } from './registry-repository';
import { RunRepository } from './run-repository';
import { StoredRecordProblem } from './stored-records';

let n = 0;

/** A version as the lab stored it at record version 1: no `future` field. */
async function v1Version(version: number): Promise<Record<string, unknown>> {
  const { future: _f, ...rest } = await modelVersion(wavySeries(80), { productId: 'isbn-1', version });
  return { ...rest, recordVersion: 1 };
}

describe('stored records read through the repositories', () => {
  it('a model version stored at record version 1 reads at version 2 everywhere it is read', async () => {
    const db = await openShelfcastDb(`stored-${++n}`);
    await db.put('modelVersions', (await v1Version(1)) as unknown as ModelVersion);
    await db.put('modelAliases', { productId: 'isbn-1', champion: 1, challenger: null, previousChampion: null, nextVersion: 2 });
    const registry = new RegistryRepository(db);
    const upgraded = { recordVersion: 2, future: null, version: 1 };
    expect(await registry.getVersion('isbn-1', 1)).toMatchObject(upgraded);
    expect(await registry.listVersions('isbn-1')).toMatchObject([upgraded]);
    const champion = await registry.getChampion('isbn-1');
    expect(champion.kind === 'present' && champion.model).toMatchObject(upgraded);
    expect(await new MonitoringRepository(db).versions()).toMatchObject([upgraded]);
  });

  it('a version written by a newer lab is refused with a message to reload, and never overwritten', async () => {
    const db = await openShelfcastDb(`stored-${++n}`);
    const newer = { ...(await modelVersion(wavySeries(80), { productId: 'isbn-1' })), recordVersion: 3, newField: 'kept' };
    await db.put('modelVersions', newer as unknown as ModelVersion);
    const registry = new RegistryRepository(db);
    const refused = await registry.getVersion('isbn-1', 1).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(StoredRecordProblem);
    expect(refused).toMatchObject({ code: 'record-too-new', message: expect.stringMatching(/newer version of the lab.*Reload/) });
    const replaced = await registry.replaceFuture('isbn-1', 1, { weekEnding: [], mean: [], lower80: [], upper80: [], lower95: [], upper95: [] } as never);
    expect(replaced).toMatchObject({ ok: false });
    expect(await db.get('modelVersions', ['isbn-1', 1])).toEqual(newer);
  });

  it('a run from a newer lab is not marked interrupted (its record is left as it is)', async () => {
    const db = await openShelfcastDb(`stored-${++n}`);
    const newer = {
      id: 'r1',
      name: 'Training · a.csv',
      experiment: 'a.csv',
      kind: 'train',
      datasetId: 'a',
      config: {},
      configSources: {},
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: null,
      status: 'running',
      steps: [],
      products: [],
      recordVersion: 2,
    };
    await db.put('runs', newer as never);
    const runs = new RunRepository(db);
    await expect(runs.list()).rejects.toMatchObject({ code: 'record-too-new' });
    await expect(runs.markInterrupted(new Set())).rejects.toMatchObject({ code: 'record-too-new' });
    expect(await db.get('runs', 'r1')).toEqual(newer);
  });
});
