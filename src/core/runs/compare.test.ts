import { describe, expect, it } from 'vitest';
import type { RunProductResult, RunRecord } from './run-record';
import { changeInWords, compareRuns, flattenConfig } from './compare';

const WEEKS = { start: '2026-01-03', end: '2026-08-08' };
const result = (
  productId: string,
  rmse: number | null,
  championChanged = false,
  testWindow: RunProductResult['testWindow'] | null = WEEKS,
): RunProductResult => ({
  productId,
  decision: 'retrain',
  reason: 'no_existing_model',
  trainingMs: 10,
  savedMs: 0,
  championChanged,
  metrics: { rmse, mae: 1 },
  ...(testWindow ? { testWindow } : {}),
});
const run = (id: string, config: Record<string, unknown>, products: RunProductResult[]): RunRecord => ({
  id,
  name: id,
  experiment: 'e',
  kind: 'train',
  datasetId: 'd',
  config,
  configSources: {},
  startedAt: '2026-11-27T05:00:00Z',
  endedAt: null,
  status: 'completed',
  steps: [],
  products,
  recordVersion: 1,
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
      {
        productId: 'P1',
        values: [10, 8, 9],
        windows: [WEEKS, WEEKS, WEEKS],
        delta: -1,
        notCompared: null,
        change: { arrow: '▼', text: '−1.00', verdict: 'better' },
        championChangedIn: [1],
      },
      { productId: 'P2', values: [5, null, null], windows: [WEEKS, null, null], delta: null, notCompared: null, change: null, championChangedIn: [0] },
      { productId: 'P3', values: [null, 4, null], windows: [null, WEEKS, null], delta: null, notCompared: null, change: null, championChangedIn: [1] },
    ]);
    expect(c.changedChampion).toEqual(['P1', 'P3']);
    expect(compareRuns([run('a', {}, [result('P1', 10)])], 'mae').products[0]!.values).toEqual([1]);
  });

  it('counts champion changes in the later runs only: the first run compared is the baseline, not a change', () => {
    // A user compared a first training run (every product got its first champion) with the next one,
    // in which two products changed champion; the screen said "Champion changed for 55 products".
    const first = run(
      'first',
      {},
      Array.from({ length: 55 }, (_, i) => result(`P${i}`, 10, true)),
    );
    const next = run(
      'next',
      {},
      Array.from({ length: 55 }, (_, i) => result(`P${i}`, 10, i === 3 || i === 7)),
    );
    expect(compareRuns([first, next]).changedChampion).toEqual(['P3', 'P7']);
    expect(compareRuns([first, next]).products.find((p) => p.productId === 'P3')!.championChangedIn).toEqual([0, 1]);
  });

  it('says a lower error is better, with a down arrow and a minus sign, and a higher one worse', () => {
    const c = compareRuns([
      run('a', {}, [result('P1', 27.19), result('P2', 10), result('P3', 4), result('P4', 5)]),
      run('b', {}, [result('P1', 25.19), result('P2', 12.5), result('P3', 4.001), result('P4', null)]),
    ]);
    expect(c.products.map((p) => p.change)).toEqual([
      { arrow: '▼', text: '−2.00', verdict: 'better' },
      { arrow: '▲', text: '+2.50', verdict: 'worse' },
      // A change that rounds to nothing is neither better nor worse, whatever its sign.
      { arrow: '=', text: '0.00', verdict: 'same' },
      null,
    ]);
    expect(changeInWords(c.products[0]!.change)).toBe('▼ −2.00 better');
    expect(changeInWords(c.products[1]!.change)).toBe('▲ +2.50 worse');
    expect(changeInWords(null)).toBe('—');
  });

  it("compares two runs' errors only on the same test weeks, and says why not otherwise", () => {
    // A week appended moves the test window: 27.19 on the new weeks against 20 on the old ones is not "worse".
    const later = { start: '2026-01-10', end: '2026-08-15' };
    const c = compareRuns([
      run('a', {}, [result('P1', 20), result('P2', 10), result('P3', 10, false, null)]),
      run('b', {}, [result('P1', 27.19, false, later), result('P2', 9), result('P3', 9)]),
    ]);
    expect(c.products.map((p) => [p.productId, p.delta, p.notCompared])).toEqual([
      ['P1', null, 'different-weeks'],
      ['P2', -1, null],
      ['P3', null, 'weeks-unknown'],
    ]);
    expect(c.products.map((p) => changeInWords(p.change, p.notCompared))).toEqual([
      'not compared: different test weeks',
      '▼ −1.00 better',
      'not compared: test weeks not recorded',
    ]);
  });

  it('keeps arrays whole as one value', () => {
    expect(flattenConfig({ prepare: { pick: ['a', 'b'], from: null } })).toEqual({ 'prepare.pick': '["a","b"]', 'prepare.from': 'null' });
  });
});
