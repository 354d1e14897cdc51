import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import { DEFAULT_RETRAIN_POLICY } from './retrain-policy';
import { decideForProduct } from './retrain-plan';

describe('decideForProduct', () => {
  const now = new Date('2026-11-27T04:00:00Z');
  const old = wavySeries(100);
  const policy = { ...DEFAULT_RETRAIN_POLICY, performanceThreshold: 0.1 };

  it('reuses a champion that forecasts the new weeks well and credits its last search time', async () => {
    const champion = await modelVersion(old); // recorded test RMSE 10, search 45 s
    const series = { start: old.start, values: [...old.values, 105, 95] };
    const { decision, record } = await decideForProduct({
      productId: 'p',
      series,
      champion: { kind: 'present', model: champion },
      policy,
      now,
      forecaster: async () => [100, 100],
    });
    expect(decision).toMatchObject({ decision: 'reuse', reason: 'model_still_valid', numbers: { recentRmse: 5 } });
    expect(record).toMatchObject({ productId: 'p', outcome: 'reused', savedMs: 45_000, at: '2026-11-27T04:00:00.000Z' });
  });

  it('retrains when the champion misses the new weeks by more than the threshold; nothing saved yet', async () => {
    const champion = await modelVersion(old);
    const series = { start: old.start, values: [...old.values, 130, 70] };
    const { decision, record } = await decideForProduct({
      productId: 'p',
      series,
      champion: { kind: 'present', model: champion },
      policy,
      now,
      forecaster: async () => [100, 100],
    });
    expect(decision.reason).toBe('performance_degraded_200.0%');
    expect(record).toMatchObject({ outcome: 'pending', savedMs: 0 });
  });
});
