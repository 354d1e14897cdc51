// Checks on what is handed to an engine, before the call: the arima binding accepts some inputs it
// then mishandles silently (fractional orders, NaN at the ends, collinear regressors) and
// aborts on others (inputs too large for the WASM stack), so they are refused here with a reason.
import { fail, ok, type Result } from '../result';
import type { FitErrorCode } from './engine';
import type { ArimaSpec } from './spec';

export interface InputLimits {
  /** Doubles the binding copies onto its stack: n·(1 + regressors) + horizon·regressors. */
  maxStackDoubles: number;
  /** Largest state size r = max(p + s·P, q + s·Q + 1); memory grows with r⁴. */
  maxStateSize: number;
}

/** Measured on arima 0.2.8 (ENGINE_NOTES): 8,000 points and 650 × 10 regressors fit, 9,000 and 650 × 14 abort. */
export const ARIMA_WASM_LIMITS: InputLimits = { maxStackDoubles: 8_000, maxStateSize: 160 };

/** The binding's own minimum length (it throws below it): d + s·D + max(p + q, 2s, 10). */
export function minimumLength(spec: ArimaSpec): number {
  const { p, d, q } = spec.order;
  const { D, s } = spec.family === 'sarima' ? spec.seasonal : { D: 0, s: 0 };
  return d + s * D + Math.max(p + q, 2 * s, 10);
}

function ordersOf(spec: ArimaSpec): Record<string, number> {
  const { p, d, q } = spec.order;
  if (spec.family === 'sarima') return { p, d, q, P: spec.seasonal.P, D: spec.seasonal.D, Q: spec.seasonal.Q };
  return { p, d, q };
}

function checkSpec(spec: ArimaSpec, limits: InputLimits): Result<true, FitErrorCode> {
  for (const [name, value] of Object.entries(ordersOf(spec))) {
    if (!Number.isInteger(value) || value < 0 || value > 50) return fail('invalid-input', `Order ${name} must be a whole number from 0 to 50 (got ${value}).`);
  }
  const { p, d, q } = spec.order;
  const seasonal = spec.family === 'sarima' ? spec.seasonal : { P: 0, D: 0, Q: 0, s: 0 };
  if (spec.family === 'sarima' && (!Number.isInteger(seasonal.s) || seasonal.s < 2)) {
    return fail('invalid-input', `The seasonal period must be a whole number of at least 2 (got ${seasonal.s}).`);
  }
  const r = Math.max(p + seasonal.s * seasonal.P, q + seasonal.s * seasonal.Q + 1);
  if (r > limits.maxStateSize) {
    return fail(
      'invalid-input',
      `This model's state has ${r} dimensions (max ${limits.maxStateSize}); its memory would exceed what a browser tab can give. Use fewer seasonal terms or Fourier terms.`,
    );
  }
  if (spec.family === 'fourier' && (!Number.isInteger(spec.harmonics) || spec.harmonics < 1 || 2 * spec.harmonics > spec.period)) {
    return fail('invalid-input', `Fourier harmonics K must be a whole number from 1 to ${Math.floor(spec.period / 2)} (got ${spec.harmonics}).`);
  }
  return ok(true);
}

/** Refuses inputs the engine cannot take, naming the first problem; `regressorRows` gives the training rows once the spec is valid. */
export function checkEngineInput(
  train: readonly number[],
  spec: ArimaSpec,
  horizon: number,
  regressorRows: () => readonly (readonly number[])[],
  limits: InputLimits,
): Result<true, FitErrorCode> {
  const specCheck = checkSpec(spec, limits);
  if (!specCheck.ok) return specCheck;
  if (!Number.isInteger(horizon) || horizon < 1) return fail('invalid-input', `The horizon must be a whole number of weeks ≥ 1 (got ${horizon}).`);
  const bad = train.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0)
    return fail(
      'invalid-input',
      `Week ${bad + 1} of ${train.length} is ${train[bad]}; the engine needs finite numbers everywhere (fill or drop missing weeks first).`,
    );
  const needed = minimumLength(spec);
  if (train.length < needed) return fail('series-too-short', `This model needs at least ${needed} training weeks; the series has ${train.length}.`);
  const regressors = regressorRows();
  const columns = regressors[0]?.length ?? 0;
  const doubles = train.length * (1 + columns) + horizon * columns;
  if (doubles > limits.maxStackDoubles) {
    return fail(
      'invalid-input',
      `${train.length} weeks × ${1 + columns} columns (+ ${horizon} forecast rows) is ${doubles} numbers; the arima engine takes at most ${limits.maxStackDoubles} (shorten the series or use fewer Fourier terms).`,
    );
  }
  if (train.every((x) => x === train[0])) return fail('invalid-input', `The series is constant (${train[0]} every week); there is nothing to model.`);
  const collinear = collinearColumn(regressors);
  if (collinear >= 0) return fail('invalid-input', `Regressor column ${collinear + 1} is a linear combination of the mean and the columns before it.`);
  return ok(true);
}

/** Index of the first column that adds nothing beyond a constant and the earlier columns, or −1 (Gram–Schmidt). */
export function collinearColumn(rows: readonly (readonly number[])[]): number {
  const n = rows.length;
  const columns = rows[0]?.length ?? 0;
  const basis: number[][] = [new Array<number>(n).fill(1 / Math.sqrt(n))];
  for (let j = 0; j < columns; j++) {
    const v = rows.map((row) => row[j]!);
    const norm0 = Math.hypot(...v);
    for (const b of basis) {
      const dot = v.reduce((a, x, i) => a + x * b[i]!, 0);
      for (let i = 0; i < n; i++) v[i] = v[i]! - dot * b[i]!;
    }
    const norm = Math.hypot(...v);
    if (norm <= 1e-8 * Math.max(norm0, 1)) return j;
    basis.push(v.map((x) => x / norm));
  }
  return -1;
}
