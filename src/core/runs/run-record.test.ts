import { describe, expect, it } from 'vitest';
import { newRunRecord, runTotals } from './run-record';

describe('newRunRecord', () => {
  it('is the record written before a run does any work: running, no steps or products, this record version', () => {
    const run = newRunRecord({
      id: 'r1',
      name: 'train · a.csv',
      experiment: 'a.csv',
      kind: 'train',
      datasetId: 'd1',
      config: { profile: 'lab' },
      configSources: { profile: 'profile' },
      startedAt: new Date('2026-12-01T10:00:00Z'),
    });
    expect(run).toEqual({
      id: 'r1',
      name: 'train · a.csv',
      experiment: 'a.csv',
      kind: 'train',
      datasetId: 'd1',
      config: { profile: 'lab' },
      configSources: { profile: 'profile' },
      startedAt: '2026-12-01T10:00:00.000Z',
      endedAt: null,
      status: 'running',
      steps: [],
      products: [],
      recordVersion: 1,
    });
    expect(runTotals(run)).toEqual({ reused: 0, refit: 0, retrained: 0, failed: 0, savedMs: 0, trainingMs: 0 });
  });
});
