// Why a WASM abort must end the instance (ENGINE_NOTES): after "memory access out of bounds" the
// same instance keeps failing, while a fresh one fits normally. The engine and the pool rely on this.
import { describe, expect, it } from 'vitest';
import { createArimaInstance } from './arima-module';
import { readSarimaxStruct } from './sarimax-struct';

const options = { p: 1, d: 0, q: 0, P: 0, D: 0, Q: 0, s: 0, method: 0, optimizer: 5, verbose: false, transpose: true };
const wave = (n: number) => Array.from({ length: n }, (_, t) => 100 + 10 * Math.sin(t / 5) + ((t * 7) % 3));

describe('arima instance', () => {
  it('is poisoned by a stack overflow (9,000 points); a fresh instance fits', () => {
    const poisoned = createArimaInstance();
    expect(() => new poisoned.Model(options).train(wave(9_000))).toThrow(/out of bounds/);
    expect(() => new poisoned.Model(options).train(wave(200))).toThrow();
    const fresh = createArimaInstance();
    const model = new fresh.Model(options).train(wave(200));
    expect(readSarimaxStruct(fresh.module, model.model!)).toMatchObject({ N: 200, Nused: 200, p: 1, retval: 1 });
    model.destroy();
  });
});

describe('arima engine after a WASM abort', () => {
  it('throws WasmAbortError (so a pool replaces the worker) and fits again on a fresh instance', async () => {
    const { createArimaEngine, WasmAbortError } = await import('./arima-engine');
    const unguarded = createArimaEngine({ maxStackDoubles: 1e9, maxStateSize: 1e3 });
    const spec = { family: 'arima', order: { p: 1, d: 0, q: 0 } } as const;
    expect(() => unguarded.fit(wave(9_000), spec, 4)).toThrow(WasmAbortError);
    expect(unguarded.fit(wave(200), spec, 4).ok).toBe(true);
  });
});
