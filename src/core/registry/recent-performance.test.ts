import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import { championOnChallengerWindow, judgeOnNewWeeks, type ChampionForecaster } from './recent-performance';

describe('judgeOnNewWeeks', () => {
  it("forecasts from the end of the champion's series and scores only the new weeks", async () => {
    const old = wavySeries(60);
    const champion = await modelVersion(old);
    const current = { start: old.start, values: [...old.values, 110, 90, 100] };
    const seen: { length: number; horizon: number }[] = [];
    const forecaster: ChampionForecaster = async (_m, history, horizon) => {
      seen.push({ length: history.values.length, horizon });
      return [100, 100, 100];
    };
    const r = await judgeOnNewWeeks(champion, current, 3, forecaster);
    expect(seen).toEqual([{ length: 60, horizon: 3 }]);
    expect(r?.rmse).toBeCloseTo(Math.sqrt(200 / 3), 12);
    expect(r?.mae).toBeCloseTo(20 / 3, 12);
  });

  it('gives no verdict when the forecaster fails or returns non-finite numbers', async () => {
    const old = wavySeries(60);
    const champion = await modelVersion(old);
    const current = { start: old.start, values: [...old.values, 1, 2] };
    expect(await judgeOnNewWeeks(champion, current, 2, async () => null)).toBeNull();
    expect(await judgeOnNewWeeks(champion, current, 2, async () => [1, Number.NaN])).toBeNull();
    expect(await judgeOnNewWeeks(champion, current, 3, async () => [1, 2, 3])).toBeNull();
  });
});

describe('championOnChallengerWindow', () => {
  it("forecasts the challenger's test weeks from the end of the challenger's fitted part", async () => {
    const series = wavySeries(100);
    const champion = await modelVersion(wavySeries(90), { version: 3 });
    const challenger = await modelVersion(series, { version: 4 }); // fitted on 92 weeks, tested on 8
    const seen: number[] = [];
    const r = await championOnChallengerWindow(champion, challenger, series, async (_m, history, horizon) => {
      seen.push(history.values.length, horizon);
      return series.values.slice(92, 100).map((v) => v + 2);
    });
    expect(seen).toEqual([92, 8]);
    expect(r).toEqual({ version: 3, metrics: { rmse: 2, mae: 2, mape: null, smape: null, mase: null } });
    expect(await championOnChallengerWindow(champion, challenger, series, async () => null)).toEqual({ version: 3, metrics: 'unavailable' });
  });
});
