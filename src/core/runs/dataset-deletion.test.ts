import { describe, expect, it } from 'vitest';
import type { RunRecord } from './run-record';
import { artifactsOnlyOf } from './dataset-deletion';

const run = (datasetId: string, steps: [string[], string[]][]): RunRecord => ({
  id: datasetId,
  name: datasetId,
  experiment: 'e',
  kind: 'import',
  datasetId,
  config: {},
  configSources: {},
  startedAt: '',
  endedAt: null,
  status: 'completed',
  steps: steps.map(([inputs, outputs], i) => ({ step: `s${i}`, status: 'ran', ms: 0, inputs, outputs })),
  products: [],
  recordVersion: 1,
});

describe('deleting a dataset', () => {
  it('removes its own artifacts but keeps one another dataset shares (the same file, another filter)', () => {
    const runs = [
      run('all', [
        [['file'], ['rows']],
        [['rows'], ['all']],
        [['all'], ['split-all']],
      ]),
      run('top2', [
        [['file'], ['rows']],
        [['rows'], ['top2']],
        [['top2'], ['split-top2']],
      ]),
    ];
    expect([...artifactsOnlyOf(runs, 'all')].sort()).toEqual(['all', 'split-all']);
    expect([...artifactsOnlyOf([runs[0]!], 'all')].sort()).toEqual(['all', 'rows', 'split-all']);
  });
});
