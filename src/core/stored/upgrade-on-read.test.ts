// Upgrade-on-read: each step is tested up from a record written the old way, and records this copy
// cannot read come back as error values.
import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import type { ModelVersion } from '../registry/registry-types';
import { MODEL_VERSION_RECORD, RUN_RECORD, STORED_KINDS, modelVersionV1toV2 } from './stored-kinds';
import { upgradeOnRead, type StoredKind } from './upgrade-on-read';

/** A model version as version 1 of the lab wrote it: no `future`, and imports without `verification`. */
async function v1ModelVersion(provenance: ModelVersion['provenance'] = { kind: 'trained' }): Promise<Record<string, unknown>> {
  const { future: _future, ...current } = await modelVersion(wavySeries(120));
  return JSON.parse(JSON.stringify({ ...current, recordVersion: 1, provenance }));
}

const imported = {
  kind: 'imported' as const,
  importedAt: '2026-11-01T00:00:00.000Z',
  fileName: 'a.shelfcast-model.json',
  exportedAt: '2026-10-01T00:00:00.000Z',
  exportedBy: 'shelfcast 0.1.0',
  checksum: 'ab'.repeat(32),
  originalName: 'arima_book_1',
  originalVersion: 4,
};

describe('model version records', () => {
  it('v1 → v2: a version stored before forecasts of the weeks ahead reads with future: null', async () => {
    const read = upgradeOnRead(MODEL_VERSION_RECORD, await v1ModelVersion());
    expect(read.ok).toBe(true);
    const version = read.ok ? read.value : undefined;
    expect(version).toMatchObject({ recordVersion: 2, future: null, provenance: { kind: 'trained' } });
    expect(version && 'future' in version).toBe(true);
  });

  it('v1 → v2: an import stored before verification existed reads as unverified; a recorded one is kept', async () => {
    const old = upgradeOnRead(MODEL_VERSION_RECORD, await v1ModelVersion(imported));
    expect(old.ok && old.value.provenance).toEqual({ ...imported, verification: 'unverified' });
    const recomputed = upgradeOnRead(MODEL_VERSION_RECORD, await v1ModelVersion({ ...imported, verification: 'recomputed' }));
    expect(recomputed.ok && recomputed.value.provenance).toEqual({ ...imported, verification: 'recomputed' });
  });

  it('v1 → v2 keeps a future that a v1 record already had', () => {
    const future = { weekEnding: ['2026-01-03'], mean: [1], lower80: [0], upper80: [2], lower95: [0], upper95: [3] };
    expect(modelVersionV1toV2({ recordVersion: 1, future }).future).toBe(future);
  });

  it('reads a current record as it is and leaves the stored object untouched', async () => {
    const stored = await modelVersion(wavySeries(120));
    const read = upgradeOnRead(MODEL_VERSION_RECORD, stored);
    expect(read).toEqual({ ok: true, value: stored });
    const old = await v1ModelVersion();
    const copy = structuredClone(old);
    upgradeOnRead(MODEL_VERSION_RECORD, old);
    expect(old).toEqual(copy);
  });
});

describe('records this copy of the lab cannot read', () => {
  it('a record of a newer version is an error value that says to reload', async () => {
    const newer = { ...(await modelVersion(wavySeries(120))), recordVersion: 3 };
    const read = upgradeOnRead(MODEL_VERSION_RECORD, newer);
    expect(read).toMatchObject({
      ok: false,
      error: {
        code: 'record-too-new',
        message: expect.stringMatching(/model version was saved by a newer version of the lab \(record version 3; this page reads up to 2\)\. Reload/),
      },
    });
  });

  it('a record without a usable version, or not a record at all, is unreadable', () => {
    for (const stored of [{ id: 'r' }, { recordVersion: 0 }, { recordVersion: 1.5 }, { recordVersion: '1' }, null, 'run', [1]]) {
      expect(upgradeOnRead(RUN_RECORD, stored)).toMatchObject({
        ok: false,
        error: { code: 'record-unreadable', message: expect.stringContaining('stored run') },
      });
    }
  });

  it('a kind missing the step for an older version says so instead of guessing', () => {
    const kind: StoredKind<{ recordVersion: 3 }> = { label: 'thing', version: 3, steps: [(r) => r] };
    expect(upgradeOnRead(kind, { recordVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'record-unreadable', message: expect.stringContaining('no upgrade for a stored thing of record version 2') },
    });
  });
});

describe('stored kinds', () => {
  it('each kind has exactly one step per version before the one it writes', () => {
    for (const kind of STORED_KINDS) expect(kind.steps.length, kind.label).toBe(kind.version - 1);
  });
});
