// Inputs the arima binding mishandles or aborts on are refused before the call, with a reason.
import { describe, expect, it } from 'vitest';
import { fourierTerms } from './fourier';
import { ARIMA_WASM_LIMITS, checkEngineInput, collinearColumn } from './input-guards';
import type { ArimaSpec } from './spec';

const arima = (p: number, d: number, q: number): ArimaSpec => ({ family: 'arima', order: { p, d, q } });
const wave = (n: number) => Array.from({ length: n }, (_, t) => 50 + 10 * Math.sin(t / 4) + (t % 5));
const check = (train: number[], spec: ArimaSpec, horizon = 12, rows: number[][] = []) => {
  const r = checkEngineInput(train, spec, horizon, () => rows, ARIMA_WASM_LIMITS);
  return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
};

describe('checkEngineInput', () => {
  it('accepts an ordinary series and model', () => expect(check(wave(200), arima(1, 0, 1))).toBe('ok'));

  it.each([
    ['NaN first', [NaN, ...wave(99)], /Week 1 of 100 is NaN/],
    ['NaN last', [...wave(99), NaN], /Week 100 of 100 is NaN/],
    ['Infinity inside', [...wave(50), Infinity, ...wave(49)], /Week 51 of 100 is Infinity/],
  ])('refuses %s', (_name, train, message) => expect(check(train, arima(1, 0, 1))).toMatch(message));

  it('refuses fractional and negative orders', () => {
    expect(check(wave(200), arima(1.5, 0, 1))).toMatch(/invalid-input: Order p must be a whole number/);
    expect(check(wave(200), { family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 1, D: -1, Q: 0, s: 12 } })).toMatch(/Order D/);
  });

  it('accepts (0,1,0): models without AR/MA terms are fitted by least squares, never by the binding', () => {
    expect(check(wave(200), arima(0, 1, 0))).toBe('ok');
  });

  it('refuses series longer than the WASM stack holds (9,000 points) but takes 8,000', () => {
    expect(check(wave(8_000), arima(1, 0, 1), 0 + 1)).toBe('ok');
    expect(check(wave(9_000), arima(1, 0, 1))).toMatch(/invalid-input: 9000 weeks × 1 columns .* at most 8000/);
  });

  it('refuses 650 weeks × 14 regressors, takes 650 × 10', () => {
    const rows = (k: number) => fourierTerms(365.25 / 7, k / 2, 1, 650);
    expect(check(wave(650), { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 5, period: 365.25 / 7 }, 1, rows(10))).toBe('ok');
    expect(check(wave(650), { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 7, period: 365.25 / 7 }, 32, rows(14))).toMatch(
      /650 weeks × 15 columns/,
    );
  });

  it('refuses seasonal models whose state would not fit in memory (P = 4 at s = 52)', () => {
    const spec: ArimaSpec = { family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 4, D: 0, Q: 0, s: 52 } };
    expect(check(wave(1_000), spec)).toMatch(/state has 209 dimensions/);
  });

  it('refuses a series shorter than the binding minimum, and a constant series', () => {
    expect(check(wave(9), arima(1, 0, 1))).toMatch(/series-too-short: This model needs at least 10 training weeks/);
    expect(check(new Array<number>(100).fill(3), arima(1, 0, 1))).toMatch(/constant/);
  });

  it('refuses collinear regressors', () => {
    const rows = wave(100).map((x) => [x, 2 * x + 1]);
    expect(check(wave(100), { family: 'fourier', order: { p: 1, d: 0, q: 0 }, harmonics: 1, period: 52 }, 12, rows)).toMatch(
      /Regressor column 2 is a linear combination/,
    );
    expect(collinearColumn(fourierTerms(52, 3, 1, 200))).toBe(-1);
    expect(collinearColumn(new Array(20).fill([5]))).toBe(0);
  });
});
