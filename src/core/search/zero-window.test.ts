// The bundled tuna sample has 40 weeks without sales right before its test window: scored on that
// one validation window, the study crowned ARIMA(0,1,0) at "validation rmse 0.00000". Rolling
// origins reach back before the gap, so no model wins by forecasting zeros onto zeros.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { windowsOf } from '../data/windows';
import { nativeEngine } from '../model/native';
import { resolveConfig } from '../config/resolve';
import { runStudy } from './driver';
import { studySplit, validationObjective } from './objective';
import { spaceForSeries } from './space-fit';

/** A product of the sample as the lab prepares it: weekly, weeks without a row are zero. */
function sampleSeries(id: string): number[] {
  const rows = readFileSync(new URL('../../../public/sample/dominicks-tuna.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const mine = rows.filter((r) => r[0] === id);
  const start = Date.parse(mine[0]![2]!);
  const weeks = Math.round((Date.parse(mine.at(-1)![2]!) - start) / 6048e5) + 1;
  const values = new Array<number>(weeks).fill(0);
  for (const r of mine) values[Math.round((Date.parse(r[2]!) - start) / 6048e5)] = Number(r[3]);
  return values;
}

describe('a validation window of all zeros (tuna-b1 of the bundled sample)', () => {
  const config = resolveConfig({ url: { profile: 'production' } }).config;
  const values = sampleSeries('tuna-b1');
  const split = studySplit(values, windowsOf(config));
  if (!split.ok) throw new Error(split.error.message);

  it('is the window right before the test weeks, so one window alone would score zeros against zeros', () => {
    const latest = split.value.folds[0]!;
    expect(values.slice(latest.trainEnd, latest.end).every((v) => v === 0)).toBe(true);
    expect(split.value.folds.length).toBeGreaterThan(1);
    const earliest = split.value.folds.at(-1)!;
    expect(values.slice(earliest.trainEnd, earliest.end).some((v) => v > 0)).toBe(true);
  });

  it('crowns no model at an error of zero', async () => {
    const fitted = spaceForSeries(config.search_space, split.value.history.slice(split.value.historyStart), config.selection);
    const summary = await runStudy({
      studyKey: 'tuna-b1',
      productId: 'tuna-b1',
      config: { ...config, search_space: fitted.space },
      objective: validationObjective({ native: nativeEngine }, split.value, 'rmse'),
    });
    expect(summary.choice.value).not.toBeNull();
    expect(summary.choice.value!).toBeGreaterThan(100);
    expect(summary.choice.reason).not.toMatch(/rmse 0\.0/);
  }, 120_000);
});
