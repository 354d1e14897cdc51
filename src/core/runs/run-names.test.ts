import { describe, expect, it } from 'vitest';
import type { RunRecord } from './run-record';
import { readableRuns, runName, whenForPeople } from './run-names';

const HASH = 'ad16ac3bf6f7ea996de19db0fbec39541ad5549541c3460b69f81efd6f6b2bd0';
const run = (over: Partial<RunRecord>): RunRecord => ({
  id: 'r',
  name: 'x',
  experiment: 'x',
  kind: 'train',
  datasetId: HASH,
  config: {},
  configSources: {},
  startedAt: '2026-12-02T00:08:30.000Z',
  endedAt: null,
  status: 'completed',
  steps: [],
  products: [],
  recordVersion: 1,
  ...over,
});

describe('run names for people', () => {
  it('names a training run by its file, profile and time, and an import by its file and time', () => {
    const at = new Date('2026-12-02T00:08:30Z');
    expect(whenForPeople(at, 'UTC')).toBe('2 Dec 00:08');
    expect(runName({ kind: 'train', source: 'oj-bookscan.csv', profile: 'production', startedAt: at, timeZone: 'UTC' })).toBe(
      'Training · oj-bookscan.csv · production · 2 Dec 00:08',
    );
    expect(runName({ kind: 'import', source: 'oj-bookscan.csv', startedAt: at, timeZone: 'UTC' })).toBe('Import · oj-bookscan.csv · 2 Dec 00:08');
  });

  it('gives runs recorded with hashes for names a readable name and experiment, keeping their ids', () => {
    const imported = run({ id: 'i', kind: 'import', name: 'import 2026-12-02 00:07', experiment: 'dominicks-tuna.csv', datasetId: HASH });
    const old = run({ id: 't', name: HASH, experiment: HASH, config: { profile: 'production' } });
    const orphan = run({ id: 'o', name: 'train 2026-12-02 00:09', experiment: HASH.replace('a', 'b'), datasetId: HASH.replace('a', 'b') });
    const [i, t, o] = readableRuns([imported, old, orphan], [], 'UTC');
    expect(i).toBe(imported);
    expect(t).toMatchObject({ id: 't', datasetId: HASH, experiment: 'dominicks-tuna.csv', name: 'Training · dominicks-tuna.csv · production · 2 Dec 00:08' });
    // No import run or dataset knows the hash: a short form of it, not 64 characters.
    expect(o!.experiment).toBe('dataset bd16ac3b');
    expect(o!.name).toBe('train 2026-12-02 00:09');
  });

  it('names an old run by its dataset record when no import run is left', () => {
    const old = run({ id: 't', name: HASH, experiment: HASH, kind: 'import' });
    const [t] = readableRuns([old], [{ id: HASH, name: 'fiction.csv' }], 'UTC');
    expect(t).toMatchObject({ experiment: 'fiction.csv', name: 'Import · fiction.csv · 2 Dec 00:08' });
  });
});
