import { describe, expect, it } from 'vitest';
import type { RunRecord } from './run-record';
import { formatMs, runGroups, sortRows, totalsText } from './run-table';

const run = (id: string, experiment: string, startedAt: string, endedAt: string | null, topN: number | null, steps: string[] = []): RunRecord => ({
  id,
  name: id,
  experiment,
  kind: 'import',
  datasetId: 'd',
  config: { prepare: { topN, fill: 'zero' }, files: [{ name: experiment, digest: id }] },
  configSources: {},
  startedAt,
  endedAt,
  status: endedAt ? 'completed' : 'interrupted',
  steps: steps.map((s, i) => ({ step: `s${i}`, status: s as 'ran', ms: 1, inputs: [], outputs: [] })),
  products: [],
  recordVersion: 1,
});

describe('the runs table', () => {
  const runs = [
    run('a1', 'a.csv', '2026-11-27T05:00:00Z', '2026-11-27T05:00:02Z', null, ['ran', 'ran']),
    run('b1', 'b.csv', '2026-11-27T06:00:00Z', '2026-11-27T06:00:00.500Z', null),
    run('a2', 'a.csv', '2026-11-27T05:10:00Z', '2026-11-27T05:10:00.300Z', 2, ['cached', 'ran']),
    run('a3', 'a.csv', '2026-11-27T05:20:00Z', null, null),
  ];

  it('groups by experiment, newest experiment first, showing only the parameters that vary', () => {
    const groups = runGroups(runs);
    expect(groups.map((g) => g.experiment)).toEqual(['b.csv', 'a.csv']);
    const a = groups[1]!.rows;
    expect(a.map((r) => r.params)).toEqual(['prepare.topN=null', 'prepare.topN=2', 'prepare.topN=null']);
    expect(a.map((r) => r.totals)).toEqual(['2 ran', '1 ran, 1 cached', 'no steps']);
    expect(groups[0]!.rows[0]!.params).toBe('');
  });

  it('compares parameters among runs of the same kind: an import and a training run of one file share an experiment, not their keys (issue 13)', () => {
    const train = (id: string, trials: number): RunRecord => ({
      ...run(id, 'a.csv', '2026-11-27T07:00:00Z', '2026-11-27T07:00:01Z', null),
      kind: 'train',
      config: { n_trials: trials, profile: 'development' },
    });
    const rows = runGroups([...runs, train('t1', 10), train('t2', 50)])[0]!.rows;
    expect(Object.fromEntries(rows.map((r) => [r.run.id, r.params]))).toEqual({
      a1: 'prepare.topN=null',
      a2: 'prepare.topN=2',
      a3: 'prepare.topN=null',
      t1: 'n_trials=10',
      t2: 'n_trials=50',
    });
  });

  it('sorts by duration with unfinished runs last, and by name both ways', () => {
    const rows = runGroups(runs)[1]!.rows;
    expect(sortRows(rows, 'duration', true).map((r) => r.run.id)).toEqual(['a2', 'a1', 'a3']);
    expect(sortRows(rows, 'name', false).map((r) => r.run.id)).toEqual(['a3', 'a2', 'a1']);
    expect(sortRows(rows, 'start', true).map((r) => r.run.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('formats durations people read', () => {
    expect([formatMs(null), formatMs(300), formatMs(2500), formatMs(125_000)]).toEqual(['—', '300 ms', '2.5 s', '2 min 5 s']);
  });
  it('says how many reused champions were refitted on new weeks', () => {
    const product = (productId: string, decision: 'reuse' | 'retrain', refit?: boolean) => ({
      productId,
      decision,
      reason: 'r',
      trainingMs: 5,
      savedMs: 1000,
      ...(refit ? { refit } : {}),
    });
    const train: RunRecord = {
      ...run('t1', 'a.csv', '2026-11-27T05:00:00Z', '2026-11-27T05:00:02Z', null),
      kind: 'train',
      products: [product('a', 'reuse', true), product('b', 'reuse'), product('c', 'retrain')],
    };
    expect(totalsText(train)).toBe('1 retrained, 2 reused (1 refitted); saved 3.0 s');
  });
});
