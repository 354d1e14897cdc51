import { describe, expect, it, vi } from 'vitest';
import { metrics, modelVersion, wavySeries } from '../../test/model-version';
import { decideRetraining, type ChampionLookup } from './retrain-decision';
import { seriesDigest } from './series-change';
import { DEFAULT_RETRAIN_POLICY, type RetrainPolicy } from './retrain-policy';

const NOW = new Date('2026-11-11T12:00:00Z'); // 10.5 days after the fixture's createdAt
const series = wavySeries(120);
const policy = (p: Partial<RetrainPolicy> = {}): RetrainPolicy => ({ ...DEFAULT_RETRAIN_POLICY, ...p });
const present = async (o = {}): Promise<ChampionLookup> => ({ kind: 'present', model: await modelVersion(series, o) });
const appended = (k: number) => ({ start: series.start, values: [...series.values, ...Array.from({ length: k }, () => 100)] });

describe('decideRetraining: the triggers in order, with the original reason strings', () => {
  it('1. force_retrain=True wins over everything, even with no model', async () => {
    const d = await decideRetraining({ champion: { kind: 'none' }, series, now: NOW }, policy({ forceRetrain: true }));
    expect(d).toMatchObject({ decision: 'retrain', reason: 'force_retrain=True' });
  });

  it('2. no_existing_model when the product has no champion', async () => {
    expect((await decideRetraining({ champion: { kind: 'none' }, series, now: NOW }, policy())).reason).toBe('no_existing_model');
  });

  it('3. model_file_missing when the champion alias points at a deleted version', async () => {
    const d = await decideRetraining({ champion: { kind: 'missing', version: 3 }, series, now: NOW }, policy());
    expect(d).toEqual({ decision: 'retrain', reason: 'model_file_missing', numbers: { championVersion: 3 } });
  });

  it('4. model_too_old_{N}_days counts whole days and needs strictly more than the limit', async () => {
    const champion = await present();
    expect((await decideRetraining({ champion, series, now: NOW }, policy({ maxModelAgeDays: 10 }))).reason).toBe('model_still_valid');
    const d = await decideRetraining({ champion, series, now: NOW }, policy({ maxModelAgeDays: 9 }));
    expect(d.reason).toBe('model_too_old_10_days');
    expect(d.numbers.ageDays).toBe(10);
  });

  it('4b. challenger_lost_on_same_data: a lost challenge on these very weeks keeps the champion, unless forced, too old or the data changed', async () => {
    const now = appended(4);
    const lostChallenger = { version: 2, digest: await seriesDigest({ ...now, id: '9780722532935' }), reason: 'challenger_not_better_by_margin_-16.0%' };
    const judgeRecent = vi.fn(async (weeks: number) => ({ weeks, rmse: 1000, mae: 900 }));
    const champion = await present();
    const d = await decideRetraining({ champion, series: now, now: NOW, judgeRecent, lostChallenger }, policy({ performanceThreshold: 0.1 }));
    expect(d).toMatchObject({
      decision: 'reuse',
      reason: 'challenger_lost_on_same_data',
      numbers: { lostChallenger: 2, lostReason: 'challenger_not_better_by_margin_-16.0%' },
    });
    expect(judgeRecent).not.toHaveBeenCalled();
    expect((await decideRetraining({ champion, series: now, now: NOW, judgeRecent, lostChallenger }, policy({ forceRetrain: true }))).reason).toBe(
      'force_retrain=True',
    );
    expect((await decideRetraining({ champion, series: now, now: NOW, judgeRecent, lostChallenger }, policy({ maxModelAgeDays: 9 }))).reason).toBe(
      'model_too_old_10_days',
    );
    const changed = await decideRetraining({ champion, series: appended(5), now: NOW, judgeRecent, lostChallenger }, policy({ performanceThreshold: 0.1 }));
    expect(changed.reason).toMatch(/^performance_degraded_/);
  });

  it('8b. champion_worse_than_baseline_{pct}: a champion worse than naive or seasonal naive on its own test weeks by more than the margin is never still valid', async () => {
    const base = (await modelVersion(series)).evaluation;
    const absurd = await present({
      evaluation: {
        ...base,
        test: metrics(13),
        baselines: [
          { name: 'seasonal-naive', metrics: metrics(11) },
          { name: 'naive', metrics: metrics(10) },
        ],
      },
    });
    const d = await decideRetraining({ champion: absurd, series, now: NOW }, policy());
    expect(d).toMatchObject({ decision: 'retrain', reason: 'champion_worse_than_baseline_30.0%', numbers: { baseline: 'naive', baselineRmse: 10 } });
    const withinMargin = await present({ evaluation: { ...base, test: metrics(10.1), baselines: [{ name: 'naive', metrics: metrics(10) }] } });
    expect((await decideRetraining({ champion: withinMargin, series, now: NOW }, policy())).reason).toBe('model_still_valid');
    const isNaive = await present({
      spec: { family: 'baseline', method: 'naive', season: 52 },
      evaluation: { ...base, test: metrics(13), baselines: [{ name: 'naive', metrics: metrics(10) }] },
    });
    expect((await decideRetraining({ champion: isNaive, series, now: NOW }, policy())).reason).toBe('model_still_valid');
  });

  it('5. data_revised when past weeks changed, checked before the quality gates', async () => {
    const revised = { start: series.start, values: series.values.map((v, i) => (i === 5 ? v + 1 : v)) };
    const d = await decideRetraining({ champion: await present(), series: revised, now: NOW }, policy({ minAcceptableRmse: 1 }));
    expect(d).toMatchObject({ decision: 'retrain', reason: 'data_revised', numbers: { dataChange: 'revised', revision: 'values-changed' } });
  });

  it('6. rmse_above_threshold_{rmse:.2f} judges the recorded test RMSE against the (misnamed) maximum', async () => {
    const champion = await present({ evaluation: { ...(await modelVersion(series)).evaluation, test: metrics(123.456) } });
    expect((await decideRetraining({ champion, series, now: NOW }, policy({ minAcceptableRmse: 100, maxAcceptableMape: 1 }))).reason).toBe(
      'rmse_above_threshold_123.46',
    );
  });

  it('7. mape_above_threshold_{mape:.1f}% after the RMSE gate; a null (all-zero) MAPE is not judged', async () => {
    const champion = await present();
    expect((await decideRetraining({ champion, series, now: NOW }, policy({ minAcceptableRmse: 80, maxAcceptableMape: 15 }))).reason).toBe(
      'mape_above_threshold_20.0%',
    );
    const noMape = await present({ evaluation: { ...(await modelVersion(series)).evaluation, test: metrics(10, { mape: null }) } });
    expect((await decideRetraining({ champion: noMape, series, now: NOW }, policy({ maxAcceptableMape: 15 }))).reason).toBe('model_still_valid');
  });

  it('8. mase_above_threshold_{mase:.2f}: the scale-free gate, after MAPE', async () => {
    const d = await decideRetraining({ champion: await present(), series, now: NOW }, policy({ maxAcceptableMase: 0.75 }));
    expect(d).toMatchObject({ decision: 'retrain', reason: 'mase_above_threshold_0.90', numbers: { maseGate: 0.75, recordedMase: 0.9 } });
  });

  it('9. performance_degraded_{x.x}% when the champion does worse on appended weeks than recorded', async () => {
    const judgeRecent = vi.fn(async (weeks: number) => ({ weeks, rmse: 11.234, mae: 9 }));
    const d = await decideRetraining({ champion: await present(), series: appended(4), now: NOW, judgeRecent }, policy({ performanceThreshold: 0.1 }));
    expect(judgeRecent).toHaveBeenCalledWith(4);
    expect(d).toMatchObject({
      decision: 'retrain',
      reason: 'performance_degraded_12.3%',
      numbers: { newWeeks: 4, recentRmse: 11.234, dataChange: 'appended' },
    });
  });

  it('10. model_still_valid: appended weeks judged and within the threshold, the champion is reused', async () => {
    const judgeRecent = async (weeks: number) => ({ weeks, rmse: 10.9, mae: 9 });
    const d = await decideRetraining({ champion: await present(), series: appended(1), now: NOW, judgeRecent }, policy({ performanceThreshold: 0.1 }));
    expect(d).toMatchObject({ decision: 'reuse', reason: 'model_still_valid', numbers: { recentRmse: 10.9, newWeeks: 1 } });
    expect(d.numbers.rmseChange).toBeCloseTo(0.09, 10);
  });

  it('does not run the champion on identical data, nor before enough new weeks arrived', async () => {
    const judgeRecent = vi.fn(async (weeks: number) => ({ weeks, rmse: 99, mae: 99 }));
    const champion = await present();
    expect((await decideRetraining({ champion, series, now: NOW, judgeRecent }, policy({ performanceThreshold: 0.1 }))).reason).toBe('model_still_valid');
    const few = await decideRetraining({ champion, series: appended(2), now: NOW, judgeRecent }, policy({ performanceThreshold: 0.1, minNewWeeksToJudge: 3 }));
    expect(few.reason).toBe('model_still_valid');
    expect(judgeRecent).not.toHaveBeenCalled();
  });

  it('keeps a champion that cannot be judged, and guards a zero recorded error', async () => {
    const champion = await present();
    const unjudged = await decideRetraining({ champion, series: appended(2), now: NOW, judgeRecent: async () => null }, policy({ performanceThreshold: 0.1 }));
    expect(unjudged).toMatchObject({ decision: 'reuse', reason: 'model_still_valid', numbers: { recentRmse: null } });
    const perfect = await present({ evaluation: { ...(await modelVersion(series)).evaluation, test: metrics(0) } });
    const d = await decideRetraining(
      { champion: perfect, series: appended(2), now: NOW, judgeRecent: async (w) => ({ weeks: w, rmse: 3, mae: 3 }) },
      policy({ performanceThreshold: 0.1 }),
    );
    expect(d.reason).toBe('performance_degraded_inf%');
  });
});
