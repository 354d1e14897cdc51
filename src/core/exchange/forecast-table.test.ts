import { describe, expect, it } from 'vitest';
import { forecastTable } from '../registry/forecast-table';
import { checkRefitForecast } from './forecast-table';

describe('forecastTable', () => {
  it('dates the forecast from the week after the series and builds 80 % / 95 % bounds from the standard errors', () => {
    const t = forecastTable('2024-01-06', 3, [100, 90], [10, 20]);
    expect(t.weekEnding).toEqual(['2024-01-27', '2024-02-03']);
    expect(t.lower80[0]).toBeCloseTo(87.18448, 4);
    expect(t.upper95[1]).toBeCloseTo(129.19928, 4);
  });
});

describe('checkRefitForecast', () => {
  const recorded = forecastTable('2024-01-06', 3, [100, 0.2], [1, 1]);

  it('accepts a refit within the tolerance, near-zero weeks judged on a scale of one unit', () => {
    expect(checkRefitForecast(recorded, [100.005, 0.20005])).toMatchObject({ ok: true });
  });

  it('names the week that differs, and refuses a short refit', () => {
    const r = checkRefitForecast(recorded, [100, 0.5]);
    expect(r.ok ? '' : r.error.message).toBe('The refitted model does not reproduce the forecast in the file (week ending 2024-02-03 differs by 30.000 %).');
    expect(checkRefitForecast(recorded, [100])).toMatchObject({ ok: false, error: { code: 'refit-mismatch' } });
    expect(checkRefitForecast(recorded, [100, Number.NaN]).ok).toBe(false);
  });
});
