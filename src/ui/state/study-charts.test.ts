import { describe, expect, it } from 'vitest';
import type { TrialRecord } from '../../core/search/types';
import { bestSoFar, historyGeometry, paretoGeometry, sliceGeometry } from './study-charts';

const trial = (number: number, value: number | null, params: TrialRecord['params'] = { p: number % 3, family: 'arima' }, fitMs = 10 * (number + 1)): TrialRecord => ({
  number, state: value === null ? 'failed' : 'complete', params, distributions: {}, value, userAttrs: { fit_ms: fitMs }, datetimeStart: '', datetimeComplete: null,
});
const trials = [trial(0, 5), trial(1, 7), trial(2, null), trial(3, 3), trial(4, 4)];
const frame = { width: 100, height: 100, pad: 0 };

describe('study charts', () => {
  it('best so far only goes down, and skips failed trials', () => {
    expect(bestSoFar(trials)).toEqual([{ number: 0, best: 5 }, { number: 1, best: 5 }, { number: 3, best: 3 }, { number: 4, best: 3 }]);
  });

  it('puts the best value at the bottom and the worst at the top of the history', () => {
    const g = historyGeometry(trials, frame);
    expect(g.dots.map((d) => d.number)).toEqual([0, 1, 3, 4]);
    expect(g.dots.find((d) => d.number === 3)!.y).toBe(100);
    expect(g.dots.find((d) => d.number === 1)!.y).toBe(0);
    expect(g.bestPath).toBe('M0.0,50.0H25.0V50.0H75.0V100.0H100.0V100.0');
  });

  it('spreads a numeric parameter over its range and a categorical one over its choices', () => {
    expect(sliceGeometry(trials, 'p', frame).ticks.map((t) => t.label)).toEqual(['0', '1']);
    // One choice (arima) sits in the middle of the axis.
    expect(sliceGeometry(trials, 'family', frame).dots.map((d) => d.x)).toEqual([50, 50, 50, 50]);
  });

  it('marks the front and draws it from fastest to slowest', () => {
    const g = paretoGeometry(trials, [0, 3], frame);
    expect(g.dots.filter((d) => d.onFront).map((d) => d.number)).toEqual([0, 3]);
    expect(g.frontPath.startsWith('M0.0,')).toBe(true);
  });
});
