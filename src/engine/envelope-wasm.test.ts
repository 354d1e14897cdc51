// The envelope guard applies to the wasm engine's forecasts as to the native engine's.
import { describe, expect, it } from 'vitest';
import { evaluateHoldout } from '../core/model/holdout';
import type { ModelSpec } from '../core/model/spec';
import { loadRFits } from '../test/r-arima-fits';
import { arimaEngine } from './arima-engine';

describe('forecast view on the wasm engine', () => {
  it('rejects d = 2 blow-ups of the ≈70-a-week tuna product, shows ARIMA(1,1,1)', () => {
    const tuna = loadRFits().find((c) => c.dataset === 'dominicks-tuna' && c.series_id === 'tuna-b3')!.series;
    const raw = tuna.slice(16, 16 + 121);
    const mean = raw.slice(0, 89).reduce((a, b) => a + b) / 89;
    const series = { start: '1990-01-06', values: raw.map((v) => Math.round((v * 70) / mean)) };
    const spec = (p: number, d: number, q: number): ModelSpec => ({ family: 'arima', order: { p, d, q } });
    const bad = evaluateHoldout(series, spec(2, 2, 0), arimaEngine, { now: () => 0 });
    expect(bad.ok ? 'shown' : bad.error.message).toMatch(/^The (forecast climbs|forecast falls|95% range)/);
    expect(evaluateHoldout(series, spec(1, 1, 1), arimaEngine, { now: () => 0 }).ok).toBe(true);
  });
});
