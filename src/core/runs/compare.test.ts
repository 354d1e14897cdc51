import { describe, expect, it } from 'vitest';
import type { RunProductResult, RunRecord } from '../pipeline/run-record';
import { compareRuns, flattenConfig } from './compare';

const result = (productId: string, rmse: number | null, championChanged = false): RunProductResult => ({
  productId, decision: 'retrain', reason: 'no_existing_model', trainingMs: 10, savedMs: 0, championChanged, metrics: { rmse, mae: 1 },
});
const run = (id: string, config: Record<string, unknown>, products: RunProductResult[]): RunRecord => ({
  id, name: id, experiment: 'e', kind: 'train', datasetId: 'd', config, configSources: {}, startedAt: '2026-11-27T05:00:00Z', endedAt: null,
  status: 'completed', steps: [], products, recordVersion: 1,
});

describe('comparing runs', () => {
  it('names the exact configuration keys that differ', () => {
    const c = compareRuns([
      run('a', { profile: 'testing', search: { trials: 20, sampler: 'tpe' }, split: { test: 32 } }, []),
      run('b', { profile: 'testing', search: { trials: 50, sampler: 'tpe' } }, []),
    ]);
    expect(c.config.filter((r) => r.differs).map((r) => [r.key, ...r.values])).toEqual([
      ['search.trials', '20', '50'],
      ['split.test', '32', '—'],
    ]);
    expect(c.config.find((r) => r.key === 'profile')).toEqual({ key: 'profile', values: ['"testing"', '"testing"'], differs: false });
  });

  it('lines up each product metric across runs, with the change and the champion switches', () => {
    const c = compareRuns([
      run('a', {}, [result('P1', 10), result('P2', 5, true)]),
      run('b', {}, [result('P1', 8, true), result('P3', 4, true)]),
      run('c', {}, [result('P1', 9), result('P2', null)]),
    ]);
    expect(c.products).toEqual([
      { productId: 'P1', values: [10, 8, 9], delta: -1, championChangedIn: [1] },
      { productId: 'P2', values: [5, null, null], delta: null, championChangedIn: [0] },
      { productId: 'P3', values: [null, 4, null], delta: null, championChangedIn: [1] },
    ]);
    expect(c.changedChampion).toEqual(['P1', 'P2', 'P3']);
    expect(compareRuns([run('a', {}, [result('P1', 10)])], 'mae').products[0]!.values).toEqual([1]);
  });

  it('keeps arrays whole as one value', () => {
    expect(flattenConfig({ prepare: { pick: ['a', 'b'], from: null } })).toEqual({ 'prepare.pick': '["a","b"]', 'prepare.from': 'null' });
  });
});
