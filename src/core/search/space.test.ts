import { describe, expect, it } from 'vitest';
import { profileConfig } from '../policy/profiles';
import { engineOf, inSpace, paramsToSpec, seedToParams } from './space';
import { spaceForSeries } from './space-fit';

const space = profileConfig('testing').search_space;

describe('search space', () => {
  it('runs a trial on its recorded engine, and on native when it records none', () => {
    expect(engineOf({ family: 'arima', engine: 'wasm', p: 1, d: 0, q: 0 })).toBe('wasm');
    expect(engineOf({ family: 'arima', engine: 'native', p: 1, d: 0, q: 0 })).toBe('native');
    expect(engineOf({ family: 'arima', p: 1, d: 0, q: 0 })).toBe('native');
  });
  it('turns params into the model each family fits', () => {
    expect(paramsToSpec({ family: 'sarima', engine: 'wasm', p: 1, d: 0, q: 0, P: 2, D: 0, Q: 1 }, space)).toEqual({ family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 2, D: 0, Q: 1, s: 52 } });
    expect(paramsToSpec({ family: 'fourier', engine: 'wasm', p: 2, d: 1, q: 1, K: 4 }, space)).toEqual({ family: 'fourier', order: { p: 2, d: 1, q: 1 }, harmonics: 4, period: 365.25 / 7 });
    expect(paramsToSpec({ family: 'arima', engine: 'native', p: 0, d: 1, q: 1 }, space)).toEqual({ family: 'arima', order: { p: 0, d: 1, q: 1 } });
  });

  it('knows which points belong to it (conditional params included)', () => {
    expect(inSpace(space, seedToParams({ p: 0, d: 2, q: 3, P: 2, D: 0, Q: 3 }, 'native'))).toBe(true);
    expect(inSpace(space, seedToParams({ p: 0, d: 2, q: 3, P: 2, D: 0, Q: 4 }, 'native'))).toBe(false);
    expect(inSpace(space, { family: 'arima', engine: 'native', p: 1, d: 0, q: 0, K: 3 })).toBe(false);
    expect(inSpace(space, seedToParams({ p: 1, d: 0, q: 0, P: 1, D: 0, Q: 0 }, 'wasm'))).toBe(false);
  });

  it('drops the families a short product cannot support and says why', () => {
    const short = spaceForSeries(space, 80);
    expect(short.space.families).toEqual(['fourier', 'arima']);
    expect(short.dropped).toEqual([{ family: 'sarima', reason: 'SARIMA with s = 52 needs 104 training weeks (two seasons); this product has 80.' }]);
    expect(spaceForSeries(space, 40).space.families).toEqual(['arima']);
    expect(spaceForSeries(space, 200).dropped).toEqual([]);
  });
});
