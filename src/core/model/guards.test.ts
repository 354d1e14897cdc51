import { describe, expect, it } from 'vitest';
import { checkForecast } from './guards';

const train = [10, 20, 15, 30, 25];
const codeOf = (mean: number[], se: number[]) => {
  const r = checkForecast(train, { mean, se });
  return r.ok ? 'ok' : r.error.message;
};

describe('checkForecast', () => {
  it('accepts a forecast within the data range', () => expect(codeOf([20, 21], [3, 4])).toBe('ok'));
  it('rejects an exploding forecast', () => expect(codeOf([20, 1e103], [3, 4])).toMatch(/range of the data/));
  it('rejects NaN and infinite forecasts', () => {
    expect(codeOf([20, NaN], [3, 4])).toMatch(/non-finite/);
    expect(codeOf([20, Infinity], [3, 4])).toMatch(/non-finite/);
  });
  it('rejects negative or non-finite standard errors', () => {
    expect(codeOf([20, 21], [3, -1])).toMatch(/variances/);
    expect(codeOf([20, 21], [3, NaN])).toMatch(/variances/);
  });
  it('rejects uninitialised memory read back as denormals', () => expect(codeOf([4.5e-319, 21], [3, 4])).toMatch(/uninitialised/));
});
