// MonitoringState over fake stores (what the composition root passes in): it reads through them,
// runs the development seed first when given one, and its writes go through methods that keep the
// page and threshold in range.
import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../core/registry/decision-log';
import type { Stores } from './lab-context';
import { LOG_PAGE, MonitoringState } from './monitoring.svelte';

const decision = (i: number): DecisionRecord => ({
  recordVersion: 1,
  id: i,
  productId: `p${i % 7}`,
  runId: 'r1',
  decision: 'reuse',
  reason: 'model_still_valid',
  numbers: {} as DecisionRecord['numbers'],
  outcome: i % 2 ? 'reused' : 'refit',
  savedMs: 0,
  at: `2026-06-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
});

function fakeStores(decisions: DecisionRecord[], calls: string[]) {
  const stores = {
    monitoring: { decisions: async () => (calls.push('decisions'), decisions) },
    runs: { list: async () => [] },
    registry: { listChampions: async () => [] },
  };
  // Only the methods MonitoringState calls are faked.
  return async () => stores as unknown as Pick<Stores, 'monitoring' | 'runs' | 'registry'>;
}

describe('MonitoringState', () => {
  it('reads the log through the stores it was given, after the seed it was given', async () => {
    const calls: string[] = [];
    const state = new MonitoringState(fakeStores([decision(1), decision(2)], calls), async () => void calls.push('seed'));
    await state.load();
    expect(calls).toEqual(['seed', 'decisions']);
    expect(state.filtered).toHaveLength(2);
    expect(state.loaded).toBe(true);
  });

  it('pages within the pages there are, and a new filter starts again at the first page', async () => {
    const state = new MonitoringState(
      fakeStores(
        Array.from({ length: 2 * LOG_PAGE + 1 }, (_, i) => decision(i)),
        [],
      ),
    );
    await state.load();
    expect(state.pageCount).toBe(3);
    state.goToPage(5);
    expect(state.page).toBe(2);
    state.goToPage(-1);
    expect(state.page).toBe(0);
    state.goToPage(1);
    state.setFilter({ outcome: 'refit' });
    expect(state.page).toBe(0);
    expect(state.filtered.every((d) => d.outcome === 'refit')).toBe(true);
  });

  it('never flags growth below zero', () => {
    const state = new MonitoringState(fakeStores([], []));
    state.setThreshold(-0.2);
    expect(state.threshold).toBe(0);
    state.setThreshold(0.25);
    expect(state.threshold).toBe(0.25);
  });
});
