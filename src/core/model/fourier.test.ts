import { describe, expect, it } from 'vitest';
import { readShared } from '../../test/shared-data';
import { fourierColumnNames, fourierTerms } from './fourier';

const xreg = (
  JSON.parse(readShared('fixtures/r-arima/fits.json')) as {
    xreg: Record<string, { colnames: string[]; train: number[][]; future: number[][] }>;
  }
).xreg;

describe('fourierTerms', () => {
  it.each([
    ['fourier_n398_m52_K3_h32', 398, 3],
    ['fourier_n143_m52_K6_h32', 143, 6],
  ] as const)('matches forecast::fourier() for %s, training and future rows', (key, n, K) => {
    const r = xreg[key]!;
    expect(fourierColumnNames(52, K)).toEqual(r.colnames);
    const train = fourierTerms(52, K, 1, n);
    const future = fourierTerms(52, K, n + 1, 32);
    const maxDiff = (a: number[][], b: number[][]) => Math.max(...a.flatMap((row, i) => row.map((x, j) => Math.abs(x - b[i]![j]!))));
    expect(maxDiff(train, r.train)).toBeLessThan(1e-12);
    expect(maxDiff(future, r.future)).toBeLessThan(1e-12);
  });

  it('drops the sine that is zero everywhere when K = m/2', () => {
    expect(fourierColumnNames(4, 2)).toEqual(['S1-4', 'C1-4', 'C2-4']);
    expect(fourierTerms(4, 2, 1, 3).every((row) => row.length === 3)).toBe(true);
  });
});
