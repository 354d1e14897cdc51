// The training run end to end over real repositories (fake-indexeddb) and in-thread engines.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { weekEndingAt } from '../core/registry/training-data';
import type { ModelEngine } from '../core/model/engine';
import { nativeEngine } from '../core/model/native';
import type { StudyConfig } from '../core/config/config';
import { resolveConfig } from '../core/config/resolve';
import { localFitter } from '../core/pipeline/train-fitter';
import type { ProductProgress, TrainPorts, TrainProduct } from '../core/pipeline/train-ports';
import { trainRun } from '../core/pipeline/train-run';
import { fail } from '../core/result';
import { openShelfcastDb } from '../storage/db';
import { DecisionRepository } from '../storage/decision-repository';
import { RegistryRepository } from '../storage/registry-repository';
import { RunRepository } from '../storage/run-repository';
import { StudyRepository } from '../storage/study-repository';

let n = 0;
const wave = (weeks: number, level: number): TrainProduct['series'] => ({
  start: '2021-01-02',
  values: Array.from({ length: weeks }, (_, i) => Math.round(level + 30 * Math.sin((2 * Math.PI * i) / 52) + 5 * Math.cos(i * 1.7))),
});
const alchemist: TrainProduct = { id: '9780722532935', title: 'Alchemist, The', series: wave(200, 300) };
const shortBook: TrainProduct = { id: '9780000000001', title: 'Short', series: wave(60, 50) };
const resolved = (profile: string, extra: Partial<StudyConfig> = {}) =>
  resolveConfig({ url: { profile, engine: 'native', search_space: { engines: ['native'] }, ...extra } });

async function setup(engine: ModelEngine = nativeEngine) {
  const db = await openShelfcastDb(`train-${++n}`);
  const repos = { registry: new RegistryRepository(db), decisions: new DecisionRepository(db), runs: new RunRepository(db), studies: new StudyRepository(db) };
  const progress: ProductProgress[] = [];
  const ports: TrainPorts = { ...repos, fitter: localFitter({ native: engine }), onProgress: (p) => progress.push(p) };
  return { ...repos, ports, progress };
}
const input = (runId: string, products: TrainProduct[], r = resolved('development'), signal?: { aborted: boolean }) => ({
  runId,
  datasetId: 'ds',
  products,
  resolved: r,
  concurrency: 2,
  appVersion: 'test',
  ...(signal ? { signal } : {}),
});

describe('trainRun', () => {
  it('stores each product once, with its steps: the run record is written per product, not per step', async () => {
    const { ports, runs } = await setup();
    const writes: string[] = [];
    for (const method of ['addStep', 'addProduct'] as const) {
      const real = runs[method].bind(runs) as (...args: never[]) => Promise<unknown>;
      (runs as unknown as Record<string, unknown>)[method] = (...args: never[]) => (writes.push(method), real(...args));
    }
    await trainRun(input('r1', [alchemist, shortBook], resolved('testing')), ports);
    expect(writes).toEqual(['addProduct', 'addProduct']);
    const stored = (await runs.get('r1'))!;
    expect(new Set(stored.steps.map((s) => s.productId))).toEqual(new Set([alchemist.id, shortBook.id]));
    expect(stored.steps.filter((s) => s.productId === alchemist.id)[0]!.step).toBe('decide');
  });

  it('retrains, registers a champion and records the run; a later run reuses it and skips the study', async () => {
    const { ports, registry, runs, studies, decisions } = await setup();
    const first = await trainRun(input('r1', [alchemist]), ports);
    expect(first.status).toBe('completed');
    expect(first.products[0]).toMatchObject({ decision: 'retrain', reason: 'force_retrain=True', modelVersion: 1, championChanged: true });
    const stored = (await runs.get('r1'))!;
    expect(stored.steps.map((s) => `${s.step}:${s.status}`)).toEqual(['decide:ran', 'search:ran', 'evaluate:ran', 'forecast:ran', 'register:ran']);
    expect(stored.configSources.engine).toBe('url');
    const version = (await registry.getVersion(alchemist.id, 1))!;
    // The weeks ahead: refitted on every real week, from the week after the last one, forecast_weeks long, never below zero.
    const lastWeek = weekEndingAt(alchemist.series.start, alchemist.series.values.length - 1);
    expect(version.future?.origin).toBe(lastWeek);
    expect(version.future?.table.weekEnding[0]).toBe(weekEndingAt(alchemist.series.start, alchemist.series.values.length));
    expect(version.future?.table.mean).toHaveLength(52);
    expect(Math.min(...version.future!.table.lower95)).toBeGreaterThanOrEqual(0);
    expect(version.future?.fittedWeeks.end).toBe(lastWeek);
    expect(version.study?.key).toBe(first.products[0]!.studyKey);
    expect(version.evaluation.baselines.map((b) => b.name)).toEqual(['naive', 'seasonal-naive', 'mean']);
    expect(version.evaluation.testWindow.weeks).toBe(32);
    const trials = await studies.listTrials(first.products[0]!.studyKey!);
    // The lab's default (auto) selection: the baselines first (a yearly wave keeps the seasonal naive); no SARIMA seeds.
    expect(trials.slice(0, 5).map((t) => [t.params.method, t.userAttrs.origin])).toEqual(
      ['naive', 'seasonal-naive', 'mean', 'drift', 'theta'].map((m) => [m, 'baseline']),
    );
    expect(trials.some((t) => t.userAttrs.origin === 'seed' || t.params.family === 'sarima')).toBe(false);
    const study = await studies.getStudy(first.products[0]!.studyKey!);
    expect(study?.stop?.code).toMatch(/early-stopped|n-trials/);
    // The choice explains itself over the rolling origins, with the differencing evidence.
    expect(study?.choice?.reason).toMatch(/over 3 rolling origins/);
    expect(study?.choice?.reason).toMatch(/Differencing: KPSS/);
    expect(study?.identity.split).toEqual({ testWeeks: 32, validationWeeks: 32, folds: 3, selection: 'auto' });

    const second = await trainRun(input('r2', [alchemist], resolved('testing')), ports);
    expect(second.products[0]).toMatchObject({ decision: 'reuse', reason: 'model_still_valid', modelVersion: 1, championChanged: false });
    expect(second.products[0]!.savedMs).toBe(version.searchMs);
    expect((await runs.get('r2'))!.steps.map((s) => `${s.step}:${s.status}`)).toEqual([
      'decide:ran',
      'search:skipped-by-policy',
      'evaluate:skipped-by-policy',
      'register:skipped-by-policy',
    ]);
    expect(await registry.listVersions(alchemist.id)).toHaveLength(1);
    expect((await decisions.list(alchemist.id)).map((d) => d.outcome)).toEqual(['retrained', 'reused']);
  });

  it('a week appended under a reusing profile refits the champion: its forecast moves one week, no search, the log says refit', async () => {
    const { ports, registry, runs, studies, decisions } = await setup();
    const first = await trainRun(input('r1', [alchemist]), ports);
    const studyKey = first.products[0]!.studyKey!;
    const trialsBefore = (await studies.listTrials(studyKey)).length;
    const before = (await registry.getVersion(alchemist.id, 1))!;
    const weeks = alchemist.series.values.length;
    const appended: TrainProduct = {
      ...alchemist,
      series: { ...alchemist.series, values: [...alchemist.series.values, alchemist.series.values[weeks - 52]!] },
    };

    const second = await trainRun(input('r2', [appended], resolved('testing')), ports);
    expect(second.products[0]).toMatchObject({ decision: 'reuse', reason: 'model_still_valid', refit: true, modelVersion: 1, championChanged: false });
    expect((await runs.get('r2'))!.steps.map((s) => `${s.step}:${s.status}`)).toEqual(['decide:ran', 'refit:ran']);
    expect((await runs.get('r2'))!.steps[1]!.message).toContain('no search');
    expect(await studies.listTrials(studyKey)).toHaveLength(trialsBefore);
    expect(await registry.listVersions(alchemist.id)).toHaveLength(1);
    const after = (await registry.getVersion(alchemist.id, 1))!;
    expect(after.future?.origin).toBe(weekEndingAt(alchemist.series.start, weeks));
    expect(after.future?.table.weekEnding[0]).toBe(weekEndingAt(alchemist.series.start, weeks + 1));
    expect(after.future?.table.weekEnding[0]).toBe(weekEndingAt(before.future!.table.weekEnding[0]!, 1));
    expect(after.future?.fittedWeeks.end).toBe(weekEndingAt(alchemist.series.start, weeks));
    expect(after.future?.source).toBe('refit');
    // The evidence stays the training's: evaluation, data and backtest are untouched.
    expect([after.evaluation, after.data, after.forecast]).toEqual([before.evaluation, before.data, before.forecast]);
    expect((await decisions.list(alchemist.id)).map((d) => d.outcome)).toEqual(['retrained', 'refit']);

    // The same data again: the forecast is current, nothing is refitted.
    const third = await trainRun(input('r3', [appended], resolved('testing')), ports);
    expect(third.products[0]!.refit).toBeUndefined();
    expect((await runs.get('r3'))!.steps.map((s) => `${s.step}:${s.status}`)).toEqual([
      'decide:ran',
      'search:skipped-by-policy',
      'evaluate:skipped-by-policy',
      'register:skipped-by-policy',
    ]);
    expect((await registry.getVersion(alchemist.id, 1))!.future).toEqual(after.future);
    expect((await decisions.list(alchemist.id)).map((d) => d.outcome)).toEqual(['retrained', 'refit', 'reused']);
  }, 120_000);

  it('a challenger that lost on unchanged data is not retrained again: the next run reuses the champion and says why (issue 13)', async () => {
    const { ports, registry, decisions, runs } = await setup();
    await trainRun(input('r1', [alchemist]), ports);
    // A far-off appended week degrades the champion beyond the threshold, so the reusing profile retrains.
    const weeks = alchemist.series.values.length;
    const appended: TrainProduct = { ...alchemist, series: { ...alchemist.series, values: [...alchemist.series.values, 5000] } };
    const production = resolved('production', { n_trials: 8, min_trials: 8, patience: 8, force_retrain: false, performance_threshold: 0.05 });
    expect(production.problems).toEqual([]);
    // A margin no challenger can meet: the challenger loses.
    const lose = { ...input('r2', [appended], production), registryPolicy: { championMargin: 10, maxVersionsPerProduct: 5 } };
    const second = await trainRun(lose, ports);
    expect(second.products[0]).toMatchObject({ decision: 'retrain', modelVersion: 2, championChanged: false });
    expect(second.products[0]!.reason).toMatch(/^performance_degraded_/);
    expect(await registry.getAliases(alchemist.id)).toMatchObject({ champion: 1, challenger: 2 });
    // One stated window: v1 was re-scored on v2's test weeks, and the run's result names those weeks.
    const v2 = (await registry.getVersion(alchemist.id, 2))!;
    expect(second.products[0]!.testWindow).toEqual({ start: v2.evaluation.testWindow.start, end: v2.evaluation.testWindow.end });
    const lost = (await registry.listEvents(alchemist.id)).find((e) => e.kind === 'challenger-lost')!;
    expect(lost.numbers).toMatchObject({
      challengerRmse: v2.evaluation.test.rmse,
      windowStart: v2.evaluation.testWindow.start,
      windowEnd: v2.evaluation.testWindow.end,
    });
    expect(lost.numbers.championRmse).not.toBe((await registry.getVersion(alchemist.id, 1))!.evaluation.test.rmse);

    // The same weeks again: the champion is kept, no new version.
    const third = await trainRun({ ...lose, runId: 'r3' }, ports);
    expect(third.products[0]).toMatchObject({ decision: 'reuse', reason: 'challenger_lost_on_same_data', modelVersion: 1, championChanged: false });
    expect((await registry.listVersions(alchemist.id)).map((v) => v.version)).toEqual([1, 2]);
    expect((await runs.get('r3'))!.steps[0]!.message).toContain(
      'The last retraining on these same weeks produced a challenger that lost; the champion is kept until the data changes.',
    );
    const logged = await decisions.list(alchemist.id);
    expect(logged.map((d) => d.reason).at(-1)).toBe('challenger_lost_on_same_data');
    expect(logged.at(-1)!.numbers).toMatchObject({ championVersion: 1, lostChallenger: 2 });

    // New data: the lost challenge no longer holds, the degradation check decides again.
    const more: TrainProduct = { ...appended, series: { ...appended.series, values: [...appended.series.values, 5000] } };
    const fourth = await trainRun({ ...lose, runId: 'r4', products: [more] }, ports);
    expect(fourth.products[0]!.reason).not.toBe('challenger_lost_on_same_data');
    expect(weeks).toBe(200);
  }, 120_000);

  it('runs the original pipeline’s study under selection=original: the Alchemist’s seeds first, one validation window', async () => {
    const { ports, studies } = await setup();
    const original = resolveConfig({ url: { profile: 'development', engine: 'native', selection: 'original' } });
    expect(original.problems).toEqual([]);
    const run = await trainRun(input('r1', [alchemist], original), ports);
    expect(run.products[0]).toMatchObject({ decision: 'retrain', modelVersion: 1 });
    const trials = await studies.listTrials(run.products[0]!.studyKey!);
    // Seeds first: the Alchemist's (1,0,0)(2,0,1) then (1,0,0)(1,0,0).
    expect(trials.slice(0, 2).map((t) => [t.params.P, t.params.Q, t.userAttrs.origin])).toEqual([
      [2, 1, 'seed'],
      [1, 0, 'seed'],
    ]);
    expect(trials.some((t) => t.userAttrs.origin === 'baseline')).toBe(false);
    const study = await studies.getStudy(run.products[0]!.studyKey!);
    expect(study?.choice?.reason).not.toMatch(/rolling origin|Differencing/);
    expect(study?.identity.split).toEqual({ testWeeks: 32, validationWeeks: 32 });
    expect(study?.identity.searchSpace.families).toEqual(['sarima', 'fourier', 'arima']);
  }, 120_000);

  it('records a product that cannot be trained and carries on with the others', async () => {
    const { ports, runs } = await setup();
    const run = await trainRun(input('r1', [shortBook, alchemist]), ports);
    expect(run.status).toBe('completed');
    const byId = Object.fromEntries(run.products.map((p) => [p.productId, p]));
    expect(byId[shortBook.id]).toMatchObject({ decision: 'failed' });
    expect(byId[shortBook.id]!.reason).toContain('60 weeks');
    expect(byId[alchemist.id]).toMatchObject({ decision: 'retrain', modelVersion: 1 });
    const steps = (await runs.get('r1'))!.steps.filter((s) => s.productId === shortBook.id);
    expect(steps.map((s) => `${s.step}:${s.status}`)).toEqual(['decide:ran', 'search:failed', 'evaluate:not-run', 'register:not-run']);
  });

  it('ends with "no model" and the failures listed when every fit fails', async () => {
    const broken: ModelEngine = { name: 'native', fit: () => fail('fit-failed', 'the optimiser diverged') };
    const { ports, studies, registry } = await setup(broken);
    const run = await trainRun(input('r1', [alchemist]), ports);
    expect(run.status).toBe('failed');
    expect(run.products[0]!.reason).toContain('the optimiser diverged');
    const study = (await studies.getStudy(run.products[0]!.studyKey!))!;
    expect(study.state).toBe('failed');
    expect(study.choice?.source).toBe('safe-default');
    expect((await studies.listTrials(study.key)).every((t) => t.state === 'failed' && String(t.userAttrs.failure_reason).includes('diverged'))).toBe(true);
    expect(await registry.listVersions(alchemist.id)).toEqual([]);
  });

  it('a production (ephemeral) study keeps this run’s trials; a second forced run starts a new search instead of continuing', async () => {
    const { ports, studies, progress } = await setup();
    const production = resolved('production', { n_trials: 8, min_trials: 8, patience: 8, force_retrain: true });
    expect(production.problems).toEqual([]);
    expect(production.config.study_storage).toBe('ephemeral');
    const first = await trainRun(input('r1', [alchemist], production), ports);
    expect(first.products[0]).toMatchObject({ decision: 'retrain', modelVersion: 1 });
    const key = first.products[0]!.studyKey!;
    const firstTrials = await studies.listTrials(key);
    expect(firstTrials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(firstTrials.every((t) => t.state !== 'running')).toBe(true);
    expect(await studies.getStudy(key)).toMatchObject({ storage: 'ephemeral', state: 'finished', counts: { trials: 8 } });

    const before = progress.length;
    const second = await trainRun(input('r2', [alchemist], production), ports);
    expect(second.products[0]).toMatchObject({ decision: 'retrain', studyKey: key });
    const secondRun = progress.slice(before).filter((p) => p.studyKey === key && p.state === 'searching');
    expect(secondRun.some((p) => p.message.startsWith('Continuing'))).toBe(false);
    expect(secondRun.at(-1)).toMatchObject({ trialsThisSession: 8, trialsInStudy: 8 });
    // The stored list is this run's history: numbered from 0 again, none left from the first run.
    const secondTrials = await studies.listTrials(key);
    expect(secondTrials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(secondTrials.every((t) => t.datetimeStart >= firstTrials.at(-1)!.datetimeComplete!)).toBe(true);
  }, 120_000);

  it('cancel keeps the finished trials, and the next run continues the study counting them', async () => {
    const { ports, studies, runs, progress } = await setup();
    const signal = { aborted: false };
    ports.onProgress = (p) => {
      progress.push(p);
      if (p.trial && p.trialsThisSession === 3) signal.aborted = true;
    };
    const cancelled = await trainRun(input('r1', [alchemist], resolved('development'), signal), ports);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.products[0]).toMatchObject({ decision: 'failed', reason: 'cancelled' });
    expect((await runs.get('r1'))!.status).toBe('cancelled');
    const key = cancelled.products[0]!.studyKey!;
    expect((await studies.listTrials(key)).filter((t) => t.state !== 'running')).toHaveLength(3);
    expect((await studies.getStudy(key))?.state).toBe('cancelled');

    const resumed = await trainRun(input('r2', [alchemist]), ports);
    expect(resumed.products[0]!.studyKey).toBe(key);
    const trials = await studies.listTrials(key);
    expect(trials.map((t) => t.number)).toEqual(trials.map((_, i) => i));
    expect(trials.length).toBeGreaterThan(3);
    expect(trials.length).toBeLessThanOrEqual(10);
  });
});
