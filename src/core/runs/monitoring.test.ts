import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../registry/decision-log';
import type { ChampionEvent } from '../registry/registry-types';
import { metrics, modelVersion, wavySeries } from '../../test/model-version';
import { errorGrowth, filterDecisions, judgedOnSameWeeks, performanceHistory, reasonKind, sameWeeksText, totalsPerRun } from './monitoring';

const decision = (
  productId: string,
  runId: string | null,
  outcome: DecisionRecord['outcome'],
  reason: string,
  at: string,
  numbers: DecisionRecord['numbers'] = {},
  savedMs = 0,
): DecisionRecord => ({
  recordVersion: 1,
  productId,
  runId,
  decision: outcome === 'reused' ? 'reuse' : 'retrain',
  reason,
  numbers,
  outcome,
  savedMs,
  at,
});
const log = [
  decision('P1', 'r1', 'retrained', 'no_existing_model', '2026-11-01T00:00:00Z'),
  decision('P2', 'r1', 'failed', 'no_existing_model', '2026-11-01T00:00:01Z'),
  decision('P1', 'r2', 'reused', 'model_still_valid', '2026-11-08T00:00:00Z', { recordedRmse: 10, recentRmse: 10.4 }, 4000),
  decision('P2', 'r2', 'retrained', 'model_too_old_45_days', '2026-11-08T00:00:01Z'),
  decision('P3', 'r2', 'retrained', 'performance_degraded_30.0%', '2026-11-08T00:00:02Z', { recordedRmse: 10, recentRmse: 13 }),
];

describe('monitoring the decision log', () => {
  it('filters by outcome, by reason kind and by product', () => {
    expect(reasonKind('model_too_old_45_days')).toBe('model_too_old');
    expect(reasonKind('performance_degraded_30.0%')).toBe('performance_degraded');
    expect(reasonKind('rmse_above_threshold_12.30')).toBe('rmse_above_threshold');
    expect(reasonKind('force_retrain=True')).toBe('force_retrain=True');
    expect(filterDecisions(log, { outcome: 'retrained', reason: '', product: '' }).map((d) => d.productId)).toEqual(['P1', 'P2', 'P3']);
    expect(filterDecisions(log, { outcome: 'all', reason: 'no_existing_model', product: 'p2' }).map((d) => d.outcome)).toEqual(['failed']);
  });

  it('filters by the picked product exactly: P1 is not P10', () => {
    const more = [...log, decision('P10', 'r2', 'retrained', 'no_existing_model', '2026-11-08T00:00:03Z')];
    const ids = filterDecisions(more, { outcome: 'all', reason: '', product: 'P1' }).map((d) => d.productId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(['P1']));
  });

  it('totals each run: reused vs retrained and the training time reuse saved', () => {
    const [r2, r1] = totalsPerRun(log);
    expect([r2!.runId, r2!.totals.reused, r2!.totals.retrained, r2!.totals.savedMs]).toEqual(['r2', 1, 2, 4000]);
    expect([r1!.runId, r1!.totals.retrained, r1!.totals.failed]).toEqual(['r1', 1, 1]);
  });

  it('flags products whose error grew on new weeks; champions measured on different weeks are not compared', async () => {
    const series = wavySeries(120);
    const v1 = await modelVersion(series, { productId: 'P4', version: 1, evaluation: { ...(await modelVersion(series)).evaluation, test: metrics(8) } });
    const v2 = { ...v1, version: 2, evaluation: { ...v1.evaluation, test: metrics(12), testWindow: { start: '2026-01-03', end: '2026-03-28', weeks: 13 } } };
    const events: ChampionEvent[] = [
      { productId: 'P4', kind: 'first-champion', from: null, to: 1, challenger: 1, reason: 'no_champion', numbers: {}, at: '2026-11-01T00:00:00Z' },
      {
        productId: 'P4',
        kind: 'challenger-lost',
        from: 1,
        to: 1,
        challenger: 3,
        reason: 'challenger_not_better_by_margin_-3.0%',
        numbers: {},
        at: '2026-11-05T00:00:00Z',
      },
      // v2's own window is harder (12 against v1's 8 on older weeks), yet on those same weeks v1 scored 12.6.
      {
        productId: 'P4',
        kind: 'promoted',
        from: 1,
        to: 2,
        challenger: 2,
        reason: 'challenger_better_by_4.8%',
        numbers: { championRmse: 12.6, challengerRmse: 12, improvement: 0.6 / 12.6, windowStart: '2026-01-03', windowEnd: '2026-03-28', windowWeeks: 13 },
        at: '2026-11-08T00:00:00Z',
      },
    ];
    const history = performanceHistory(events, [v1, v2]);
    expect(history.map((p) => [p.version, p.testRmse])).toEqual([
      [1, 8],
      [2, 12],
    ]);
    expect(history[0]!.versus).toBeNull();
    expect(history[1]!.versus).toEqual({
      window: { start: '2026-01-03', end: '2026-03-28' },
      previousVersion: 1,
      previousRmse: 12.6,
      rmse: 12,
      change: expect.closeTo(-0.0476, 3),
    });
    expect(history[1]!.testWindow).toEqual({ start: '2026-01-03', end: '2026-03-28' });
    const grown = errorGrowth(log, 0.1);
    expect(grown.map((g) => [g.productId, g.source, Number(g.growth.toFixed(2))])).toEqual([['P3', 'recent-weeks', 0.3]]);
    expect(errorGrowth(log, 0.01).map((g) => g.productId)).toEqual(['P3', 'P1']);
  });

  it("says each challenger's verdict on its own test weeks, the arrow agreeing with the words and with the log", () => {
    const events: ChampionEvent[] = [
      {
        productId: 'P',
        kind: 'challenger-lost',
        from: 1,
        to: 1,
        challenger: 2,
        reason: 'challenger_not_better_by_margin_-16.0%',
        numbers: { championRmse: 170.3, challengerRmse: 197.56, windowStart: '2024-01-06', windowEnd: '2024-03-30', windowWeeks: 13 },
        at: '2026-11-05T00:00:00Z',
      },
      {
        productId: 'P',
        kind: 'promoted',
        from: 1,
        to: 3,
        challenger: 3,
        reason: 'challenger_better_by_4.8%',
        numbers: { championRmse: 28.56, challengerRmse: 27.19, windowStart: '2024-04-06', windowEnd: '2024-06-29', windowWeeks: 13 },
        at: '2026-11-08T00:00:00Z',
      },
      {
        productId: 'P',
        kind: 'promoted',
        from: 3,
        to: 4,
        challenger: 4,
        reason: 'champion_cannot_forecast_window',
        numbers: { challengerRmse: 3 },
        at: '2026-11-09T00:00:00Z',
      },
    ];
    const judged = judgedOnSameWeeks(events);
    expect([...judged.keys()]).toEqual([2, 3]);
    expect(sameWeeksText(judged.get(2)!)).toBe("on 2024-01-06 – 2024-03-30: RMSE 197.56 against v1's 170.30, ▲ 16.0% higher (worse)");
    expect(sameWeeksText(judged.get(3)!)).toBe("on 2024-04-06 – 2024-06-29: RMSE 27.19 against v1's 28.56, ▼ 4.8% lower (better)");
  });
});
