import { describe, expect, it } from 'vitest';
import { metrics } from '../../test/model-version';
import { championSummary } from './champion-summary';

const evaluation = { validation: null, test: metrics(10), testWindow: { start: '2024-01-06', end: '2024-08-10', weeks: 32 }, baselines: [] };

describe('championSummary (the Product page)', () => {
  it('says when the champion is a baseline put in place of a losing model, and why', () => {
    const s = championSummary({
      spec: { family: 'baseline', method: 'seasonal-naive', season: 52 },
      evaluation: {
        ...evaluation,
        replaced: {
          spec: { family: 'arima', order: { p: 1, d: 2, q: 0 } },
          test: metrics(99),
          reason: 'ARIMA(1,2,0) forecast the test weeks worse.',
          forecast: null,
        },
      },
    });
    expect(s).toEqual({ kind: 'baseline', text: 'The champion is a baseline, seasonal naive. ARIMA(1,2,0) forecast the test weeks worse.' });
  });
  it('names a combination’s members', () => {
    const s = championSummary({
      spec: {
        family: 'combination',
        combine: 'mean',
        members: [
          { family: 'arima', order: { p: 0, d: 1, q: 1 }, drift: true },
          { family: 'baseline', method: 'theta', season: 52 },
        ],
      },
      evaluation,
    });
    expect(s.text).toBe('The champion combines 2 models: the mean of ARIMA(0,1,1) with drift, Theta.');
  });
});
