import { describe, expect, it } from 'vitest';
import { BASELINE_METHODS } from '../model/spec';
import { DEFAULT_SEARCH_SPACE, ORIGINAL_SEARCH_SPACE } from '../config/profiles';
import { distributionsOf, engineOf, inSpace, paramsToSpec, seedToParams } from './space';
import { MIN_SEASONAL_STRENGTH, spaceForSeries } from './space-fit';

/** The original pipeline's space (selection 'original'). */
const space = ORIGINAL_SEARCH_SPACE;
/** The lab's default space (selection 'auto'). */
const lab = DEFAULT_SEARCH_SPACE;
const weeks = (n: number, value: (i: number) => number = () => 10) => Array.from({ length: n }, (_, i) => value(i));
/** A deterministic pseudo-random stream in [0, 1). */
const noise = (seed: number) => {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
};

describe('search space', () => {
  it('runs a trial on its recorded engine, and on native when it records none', () => {
    expect(engineOf({ family: 'arima', engine: 'wasm', p: 1, d: 0, q: 0 })).toBe('wasm');
    expect(engineOf({ family: 'arima', engine: 'native', p: 1, d: 0, q: 0 })).toBe('native');
    expect(engineOf({ family: 'arima', p: 1, d: 0, q: 0 })).toBe('native');
  });
  it('turns params into the model each family fits', () => {
    expect(paramsToSpec({ family: 'sarima', engine: 'wasm', p: 1, d: 0, q: 0, P: 2, D: 0, Q: 1 }, space)).toEqual({
      family: 'sarima',
      order: { p: 1, d: 0, q: 0 },
      seasonal: { P: 2, D: 0, Q: 1, s: 52 },
    });
    expect(paramsToSpec({ family: 'fourier', engine: 'wasm', p: 2, d: 1, q: 1, K: 4 }, space)).toEqual({
      family: 'fourier',
      order: { p: 2, d: 1, q: 1 },
      harmonics: 4,
      period: 365.25 / 7,
    });
    expect(paramsToSpec({ family: 'arima', engine: 'native', p: 0, d: 1, q: 1 }, space)).toEqual({ family: 'arima', order: { p: 0, d: 1, q: 1 } });
  });

  it('turns a baseline trial into its method with the space’s season, and refuses an unknown one', () => {
    for (const method of BASELINE_METHODS) {
      expect(paramsToSpec({ family: 'baseline', engine: 'native', method }, lab)).toEqual({ family: 'baseline', method, season: 52 });
    }
    expect(paramsToSpec({ family: 'baseline', engine: 'native', method: 'seasonal-naive' }, { ...lab, s: 13 })).toEqual({
      family: 'baseline',
      method: 'seasonal-naive',
      season: 13,
    });
    expect(() => paramsToSpec({ family: 'baseline', engine: 'native', method: 'ets' }, lab)).toThrow('unknown baseline ets');
  });

  it('adds drift to ARIMA and Fourier models only when the drift param is 1', () => {
    expect(paramsToSpec({ family: 'arima', engine: 'native', p: 0, d: 1, q: 1, drift: 1 }, lab)).toEqual({
      family: 'arima',
      order: { p: 0, d: 1, q: 1 },
      drift: true,
    });
    expect(paramsToSpec({ family: 'arima', engine: 'native', p: 0, d: 1, q: 1, drift: 0 }, lab)).toEqual({ family: 'arima', order: { p: 0, d: 1, q: 1 } });
    expect(paramsToSpec({ family: 'fourier', engine: 'native', p: 1, d: 1, q: 0, K: 2, drift: 1 }, lab)).toEqual({
      family: 'fourier',
      order: { p: 1, d: 1, q: 0 },
      harmonics: 2,
      period: 365.25 / 7,
      drift: true,
    });
    // SARIMA has no drift term.
    expect(paramsToSpec({ family: 'sarima', engine: 'native', p: 1, d: 1, q: 0, P: 1, D: 0, Q: 0, drift: 1 }, space)).not.toHaveProperty('drift');
  });

  it('knows which points belong to it (conditional params included)', () => {
    expect(inSpace(space, seedToParams({ p: 0, d: 2, q: 3, P: 2, D: 0, Q: 3 }, 'native'))).toBe(true);
    expect(inSpace(space, seedToParams({ p: 0, d: 2, q: 3, P: 2, D: 0, Q: 4 }, 'native'))).toBe(false);
    expect(inSpace(space, { family: 'arima', engine: 'native', p: 1, d: 0, q: 0, K: 3 })).toBe(false);
    expect(inSpace(space, seedToParams({ p: 1, d: 0, q: 0, P: 1, D: 0, Q: 0 }, 'wasm'))).toBe(false);
    // The original space has neither baselines nor drift.
    expect(inSpace(space, { family: 'baseline', engine: 'native', method: 'naive' })).toBe(false);
    expect(inSpace(space, { family: 'arima', engine: 'native', p: 1, d: 1, q: 0, drift: 1 })).toBe(false);
    expect(inSpace(space, { family: 'arima', engine: 'native', p: 1, d: 1, q: 0 })).toBe(true);
  });

  it('knows the lab’s default points: baselines by method, drift exactly when d = 1, no SARIMA', () => {
    expect(inSpace(lab, { family: 'baseline', engine: 'native', method: 'theta' })).toBe(true);
    expect(inSpace(lab, { family: 'baseline', engine: 'native', method: 'ets' })).toBe(false);
    expect(inSpace(lab, { family: 'baseline', engine: 'native', method: 'naive', p: 1 })).toBe(false);
    expect(inSpace({ ...lab, baselines: ['naive'] }, { family: 'baseline', engine: 'native', method: 'theta' })).toBe(false);
    expect(inSpace(lab, { family: 'arima', engine: 'native', p: 1, d: 1, q: 0, drift: 1 })).toBe(true);
    expect(inSpace(lab, { family: 'fourier', engine: 'native', p: 1, d: 1, q: 0, K: 5, drift: 0 })).toBe(true);
    // d = 1 needs its drift param; d = 0 must not have one.
    expect(inSpace(lab, { family: 'arima', engine: 'native', p: 1, d: 1, q: 0 })).toBe(false);
    expect(inSpace(lab, { family: 'arima', engine: 'native', p: 1, d: 0, q: 0, drift: 0 })).toBe(false);
    expect(inSpace(lab, { family: 'arima', engine: 'native', p: 1, d: 2, q: 0, drift: 1 })).toBe(false);
    expect(inSpace(lab, seedToParams({ p: 1, d: 0, q: 0, P: 1, D: 0, Q: 0 }, 'native'))).toBe(false);
    expect(Object.keys(distributionsOf(lab, { family: 'baseline', engine: 'native', method: 'mean' }))).toEqual(['family', 'engine', 'method']);
  });

  it('drops the families a short product cannot support and says why', () => {
    const short = spaceForSeries(space, weeks(80));
    expect(short.space.families).toEqual(['fourier', 'arima']);
    expect(short.dropped).toEqual([{ family: 'sarima', reason: 'SARIMA with s = 52 needs 104 training weeks (two seasons); this product has 80.' }]);
    expect(spaceForSeries(space, weeks(40)).space.families).toEqual(['arima']);
    expect(spaceForSeries(space, weeks(200)).dropped).toEqual([]);
    // The original selection searches d blindly and records no evidence.
    expect(spaceForSeries(space, weeks(200)).space.d).toEqual(space.d);
    expect(spaceForSeries(space, weeks(200)).evidence).toBeNull();
  });
});

describe('auto selection narrows the space per product', () => {
  const rand = noise(7);
  /** Three years of a strong yearly wave over noise, around a flat level. */
  const seasonal = weeks(156, (i) => 100 + 40 * Math.sin((2 * Math.PI * i) / 52) + 4 * (rand() - 0.5));
  /**
   * Ten years of noise around a flat level. (With few years the decomposition's per-week means
   * soak up noise: k years of white noise measure a seasonal strength of about 1/k.)
   */
  const flat = weeks(520, () => 100 + 10 * (rand() - 0.5));
  /** Three years of a steady climb: one difference makes it level. */
  const climb = weeks(156, (i) => 100 + 2 * i + 10 * (rand() - 0.5));

  it('lets KPSS choose d and records its evidence', () => {
    const stationary = spaceForSeries(lab, flat, 'auto');
    expect(stationary.space.d).toEqual({ low: 0, high: 0 });
    expect(stationary.evidence!.differencing.d).toBe(0);
    const trending = spaceForSeries(lab, climb, 'auto');
    expect(trending.space.d).toEqual({ low: 1, high: 1 });
    expect(trending.evidence!.differencing.kpss[0]).toBeGreaterThan(trending.evidence!.differencing.critical);
    // d never leaves the space's range: a space from d = 1 keeps d = 1 on a stationary series.
    expect(spaceForSeries({ ...lab, d: { low: 1, high: 1 } }, flat, 'auto').space.d).toEqual({ low: 1, high: 1 });
  });

  it('keeps the seasonal families and the seasonal naive on a strong yearly pattern', () => {
    const fitted = spaceForSeries({ ...lab, families: ['sarima', 'fourier', 'arima', 'baseline'] }, seasonal, 'auto');
    expect(fitted.evidence!.seasonalStrength).toBeGreaterThan(MIN_SEASONAL_STRENGTH);
    expect(fitted.space.families).toEqual(['sarima', 'fourier', 'arima', 'baseline']);
    expect(fitted.space.baselines ?? BASELINE_METHODS).toContain('seasonal-naive');
    expect(fitted.dropped).toEqual([]);
  });

  it('drops the seasonal families and the seasonal naive without a yearly pattern, saying why', () => {
    const fitted = spaceForSeries({ ...lab, families: ['sarima', 'fourier', 'arima', 'baseline'] }, flat, 'auto');
    expect(fitted.evidence!.seasonalStrength).toBeLessThan(MIN_SEASONAL_STRENGTH);
    expect(fitted.space.families).toEqual(['arima', 'baseline']);
    expect(fitted.dropped.map((d) => d.family)).toEqual(['sarima', 'fourier']);
    expect(fitted.dropped[0]!.reason).toMatch(/^The yearly pattern is weak \(seasonal strength 0\.\d\d < 0\.3\), so seasonal terms would only fit noise\.$/);
    expect(fitted.space.baselines).toEqual(['naive', 'mean', 'drift', 'theta']);
  });
});
