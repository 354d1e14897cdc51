// The grocery product that sold ≈70 a week got ARIMA(3,2,0)+Fourier(K=6) as champion with test RMSE
// 16,519 beside a seasonal naive of 116.44: a model that loses to a baseline by more than the margin
// is replaced by the baseline, and the reason says so in words.
import { describe, expect, it } from 'vitest';
import { metrics } from '../../test/model-version';
import { baselineInstead } from './baseline-rule';

const exploding = { family: 'fourier' as const, order: { p: 3, d: 2, q: 0 }, harmonics: 6, period: 365.25 / 7 };
const baselines = [
  { name: 'naive', metrics: metrics(130.2) },
  { name: 'seasonal-naive', metrics: metrics(116.44) },
];

describe('baselineInstead', () => {
  it('puts the best baseline in place of a model that lost to it beyond the margin, and says why', () => {
    const verdict = baselineInstead(exploding, metrics(16_519), baselines, 0.02);
    expect(verdict?.method).toBe('seasonal-naive');
    expect(verdict?.reason).toBe(
      'ARIMA(3,2,0)+Fourier(K=6) forecast the test weeks worse than the seasonal naive baseline (RMSE 16,519 against 116.44, 14086.7% worse, beyond the 2% margin), so the baseline is registered in its place.',
    );
  });
  it('keeps a model within the margin, or better', () => {
    expect(baselineInstead(exploding, metrics(118), baselines, 0.02)).toBeNull();
    expect(baselineInstead(exploding, metrics(90), baselines, 0.02)).toBeNull();
  });
  it('replaces a baseline by a better one beyond the margin, never by itself', () => {
    expect(baselineInstead({ family: 'baseline', method: 'naive', season: 52 }, metrics(130.2), baselines, 0.02)?.method).toBe('seasonal-naive');
    expect(baselineInstead({ family: 'baseline', method: 'seasonal-naive', season: 52 }, metrics(116.44), baselines, 0.02)).toBeNull();
    expect(baselineInstead({ family: 'baseline', method: 'theta', season: 52 }, metrics(117), baselines, 0.02)).toBeNull();
  });
});
