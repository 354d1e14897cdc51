import { describe, expect, it } from 'vitest';
import type { TrialRecord } from '../../core/search/types';
import { bestSoFar, historyGeometry, paretoGeometry, sliceGeometry } from './study-charts';

const trial = (
  number: number,
  value: number | null,
  params: TrialRecord['params'] = { p: number % 3, family: 'arima' },
  fitMs = 10 * (number + 1),
): TrialRecord => ({
  number,
  state: value === null ? 'failed' : 'complete',
  params,
  distributions: {},
  value,
  userAttrs: { fit_ms: fitMs },
  datetimeStart: '',
  datetimeComplete: null,
});
const trials = [trial(0, 5), trial(1, 7), trial(2, null), trial(3, 3), trial(4, 4)];

describe('study charts', () => {
  it('best so far only goes down, and skips failed trials', () => {
    expect(bestSoFar(trials)).toEqual([
      { number: 0, best: 5 },
      { number: 1, best: 5 },
      { number: 3, best: 3 },
      { number: 4, best: 3 },
    ]);
  });

  it('puts the best value at the bottom and the worst at the top of the history, with the best so far as a step line', () => {
    const g = historyGeometry(trials, 'rmse', 400, 240);
    expect(g.dots.map((d) => d.number)).toEqual([0, 1, 3, 4]);
    expect(g.dots.find((d) => d.number === 3)!.y).toBe(g.plot.y1);
    expect(g.dots.find((d) => d.number === 1)!.y).toBe(g.plot.y0);
    expect(g.bestPath).toMatch(/^M[\d.]+,[\d.]+(H[\d.]+V[\d.]+){3}$/);
    expect(g.yTitle).toBe('RMSE on validation weeks');
    expect(g.yTicks.map((t) => t.label)).toEqual(['3', '4', '5', '6', '7']);
    expect(g.xTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('reads out each trial left to right with its value and the best so far', () => {
    const g = historyGeometry(trials, 'rmse', 400, 240);
    expect(g.points.map((p) => p.text)).toEqual([
      'Trial 0: RMSE 5.000; best so far 5.000',
      'Trial 1: RMSE 7.000; best so far 5.000',
      'Trial 3: RMSE 3.000; best so far 3.000',
      'Trial 4: RMSE 4.000; best so far 3.000',
    ]);
  });

  it('spreads a numeric parameter over its range and a categorical one over its choices', () => {
    const numeric = sliceGeometry(trials, 'p', 'rmse', 400, 240);
    expect(numeric.xTicks.map((t) => t.label)).toEqual(['0', '1']);
    expect(numeric.yTicks.map((t) => t.label)).toEqual(['3', '4', '5', '6', '7']);
    // One choice (arima) sits in the middle of the axis.
    const categorical = sliceGeometry(trials, 'family', 'rmse', 400, 200);
    const middle = (categorical.plot.x0 + categorical.plot.x1) / 2;
    expect(categorical.dots.map((d) => d.x)).toEqual([middle, middle, middle, middle]);
    expect(categorical.points[0]!.text).toBe('Trial 1: family = arima, RMSE 7.000'); // same x: top (worst) first
  });

  it('marks the front, draws it from fastest to slowest, and gives fit time an axis from zero', () => {
    const g = paretoGeometry(trials, [0, 3], 'mae', 400, 200);
    expect(g.dots.filter((d) => d.onFront).map((d) => d.number)).toEqual([0, 3]);
    const xs = [...g.frontPath.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(g.xTicks[0]!.label).toBe('0');
    expect(g.xTitle).toBe('fit time (ms)');
    expect(g.yTitle).toBe('MAE on validation weeks');
    expect(g.points.map((p) => p.text)).toContain('Trial 3 (on the front): MAE 3.000 in 40 ms');
  });

  it('fewer ticks on a phone-width chart', () => {
    const wide = historyGeometry(
      Array.from({ length: 40 }, (_, i) => trial(i, 100 + i)),
      'rmse',
      560,
      220,
    );
    const narrow = historyGeometry(
      Array.from({ length: 40 }, (_, i) => trial(i, 100 + i)),
      'rmse',
      320,
      220,
    );
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
  });
});

describe('study history with one outlier (issue 14)', () => {
  // Nine trials near 500 and one at 6,200: the 6,200 must not flatten the rest into a line.
  const typical = [480, 530, 500, 510, 495, 560, 470, 520, 505];
  const withOutlier = [...typical.slice(0, 4).map((v, i) => trial(i, v)), trial(4, 6200), ...typical.slice(4).map((v, i) => trial(5 + i, v))];

  it('spreads the typical trials over most of the plot height and clips the outlier at the top edge', () => {
    const g = historyGeometry(withOutlier, 'rmse', 300, 200);
    const ys = g.dots.filter((d) => d.number !== 4).map((d) => d.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.3 * (g.plot.y1 - g.plot.y0));
    const outlier = g.dots.find((d) => d.number === 4)!;
    expect(outlier).toMatchObject({ value: 6200, clipped: true });
    expect(outlier.y).toBe(g.plot.y0);
    expect(g.clips).toBe(true);
    // Its true value is in the readout.
    expect(g.points.find((p) => p.text.startsWith('Trial 4:'))!.text).toMatch(/^Trial 4: RMSE 6,200.000 \(above the chart's top, [\d,]+\)/);
  });
});
