// One product of a training run: decide (retrain or reuse the champion), search (the study, seeds
// first, early stopping, on the validation window), evaluate (refit the winner, score the untouched
// test window), register (champion only if better by the margin). Every step is recorded with the
// artifacts it read and wrote, by their stable ids: the dataset, the product's series (its digest),
// the study (its key) and the registered version (`name/version`): the run's lineage edges.
import { withOutcome, type DecisionRecord } from '../registry/decision-log';
import { championOnChallengerWindow } from '../registry/recent-performance';
import { decideForProduct } from '../registry/retrain-plan';
import { decisionReasonInWords } from '../registry/retrain-decision';
import { DEFAULT_REGISTRY_POLICY, DEFAULT_RETRAIN_POLICY, type RetrainPolicy } from '../registry/retrain-policy';
import type { StudyConfig } from '../config/config';
import { windowsOf } from '../data/windows';
import { studySplit } from '../search/objective';
import { engineOf } from '../search/space';
import type { RunProductResult, RunStepRecord, RunStepStatus } from '../runs/run-record';
import type { ProductContext, ProductProgress, TrainPorts, TrainProduct } from './train-ports';
import { futureOf, refitChampion } from './train-future';
import { runProductStudy } from './train-study';
import { versionDraft } from './train-version';
import { baselineInstead } from '../registry/baseline-rule';
import { seriesDigest } from '../data/series-digest';
import type { ModelVersionDraft } from '../registry/registry-types';
import type { ModelSpec } from '../model/spec';
import type { StudySplit } from '../search/objective';
import type { StudyChoice } from '../search/types';

/** The configuration's retraining knobs on top of the default policy (gates off). */
export function retrainPolicyOf(config: StudyConfig): RetrainPolicy {
  return {
    ...DEFAULT_RETRAIN_POLICY,
    forceRetrain: config.force_retrain,
    maxModelAgeDays: config.max_model_age_days,
    performanceThreshold: config.performance_threshold,
  };
}

const windowOf = (w: { start: string; end: string }) => ({ start: w.start, end: w.end });

/** The baseline's version when the chosen model lost to it on the test weeks beyond the margin (registry/baseline-rule.ts), else null. */
async function baselineDraft(
  chosen: ModelVersionDraft,
  split: StudySplit,
  margin: number,
  choice: StudyChoice,
  ctx: ProductContext,
  ports: TrainPorts,
  rest: { product: TrainProduct; studyKey: string; searchMs: number },
): Promise<ModelVersionDraft | null> {
  const verdict = baselineInstead(chosen.spec, chosen.evaluation.test, chosen.evaluation.baselines, margin);
  if (!verdict) return null;
  const spec: ModelSpec = { family: 'baseline', method: verdict.method, season: split.season };
  const engine = engineOf(choice.params);
  const evaluation = await ports.fitter.test({ split, spec, engine }, ctx.signal);
  if (!evaluation.ok) return null;
  const baselineChoice: StudyChoice = {
    params: { family: 'baseline', engine, method: verdict.method },
    spec,
    value: null,
    trialNumber: null,
    source: 'search',
    reason: verdict.reason,
  };
  const draft = await versionDraft({
    ...rest,
    split,
    choice: baselineChoice,
    evaluation: evaluation.value,
    resolved: ctx.resolved,
    createdAt: ctx.now(),
    appVersion: ctx.appVersion,
  });
  return {
    ...draft,
    study: chosen.study,
    evaluation: { ...draft.evaluation, replaced: { spec: chosen.spec, test: chosen.evaluation.test, reason: verdict.reason, forecast: chosen.forecast } },
  };
}

/** A registered version as a lineage node: `arima_book_{id}/{version}`. */
export function versionRef(v: { name: string; version: number }): string {
  return `${v.name}/${v.version}`;
}

export async function trainProduct(product: TrainProduct, ctx: ProductContext, ports: TrainPorts): Promise<RunProductResult> {
  const config = ctx.resolved.config;
  const t0 = ctx.clock();
  let lap = t0;
  const progress = (p: Omit<ProductProgress, 'productId'>) => ports.onProgress?.({ productId: product.id, ...p });
  const blank = { studyKey: null, trialsThisSession: 0, trialsInStudy: 0, bestValue: null };
  const step = async (name: string, status: RunStepStatus, message?: string, io: Pick<RunStepRecord, 'inputs' | 'outputs'> = { inputs: [], outputs: [] }) => {
    const now = ctx.clock();
    await ports.runs.addStep(ctx.runId, {
      step: name,
      status,
      ms: status === 'skipped-by-policy' ? 0 : now - lap,
      ...io,
      productId: product.id,
      ...(message ? { message } : {}),
    });
    lap = now;
  };
  const failed = async (stepName: string, reason: string, decision: DecisionRecord | null, rest: string[]): Promise<RunProductResult> => {
    await step(stepName, 'failed', reason);
    for (const s of rest) await step(s, 'not-run');
    if (decision?.id !== undefined) await ports.decisions?.update(withOutcome(decision, 'failed', reason));
    progress({ ...blank, state: 'failed', message: reason });
    return { productId: product.id, decision: 'failed', reason, trainingMs: ctx.clock() - t0, savedMs: 0 };
  };

  // decide: reads the product's series from the dataset; the series (by digest) is what later steps read.
  progress({ ...blank, state: 'deciding', message: 'Deciding whether to retrain' });
  const series = await seriesDigest({ ...product.series, id: product.id });
  const champion = await ports.registry.getChampion(product.id);
  const lostChallenger = (await ports.registry.lastLostChallenger?.(product.id)) ?? null;
  const { decision, record } = await decideForProduct({
    productId: product.id,
    series: product.series,
    champion,
    policy: retrainPolicyOf(config),
    now: ctx.now(),
    forecaster: ports.fitter.forecaster,
    runId: ctx.runId,
    lostChallenger,
  });
  const logged = await ports.decisions?.record([record]);
  const stored = logged?.ok ? logged.value[0]! : null;
  const words = decisionReasonInWords(decision.reason);
  await step('decide', 'ran', `${decision.decision}: ${decision.reason}${words === decision.reason ? '' : ` (${words})`}`, {
    inputs: [ctx.datasetId],
    outputs: [series],
  });
  if (decision.decision === 'reuse') {
    const model = champion.kind === 'present' ? champion.model : null;
    const r0 = ctx.clock();
    const refit = model ? await refitChampion(model, product, ctx, ports) : null;
    const refitMs = ctx.clock() - r0;
    if (refit === null) for (const s of ['search', 'evaluate', 'register']) await step(s, 'skipped-by-policy', decision.reason);
    else
      await step('refit', refit.ok ? 'ran' : 'failed', refit.ok ? refit.value.message : `The champion was kept but not refitted: ${refit.error.message}`, {
        inputs: model ? [series, versionRef(model)] : [series],
        outputs: [],
      });
    // The refit's own time is not saved: the estimate is the champion's search time minus it.
    const savedMs = Math.max(0, record.savedMs - refitMs);
    if (stored && refit)
      await ports.decisions?.update(
        refit.ok ? { ...withOutcome(stored, 'refit'), savedMs } : withOutcome(stored, 'reused', `refit failed: ${refit.error.message}`),
      );
    const kept = refit?.ok ? `Champion kept and refitted: ${decision.reason}` : `Champion kept: ${decision.reason}`;
    progress({ ...blank, state: 'reused', message: kept });
    return {
      productId: product.id,
      decision: 'reuse',
      reason: decision.reason,
      ...(refit?.ok ? { refit: true } : {}),
      ...(model
        ? { modelVersion: model.version, championChanged: false, metrics: { ...model.evaluation.test }, testWindow: windowOf(model.evaluation.testWindow) }
        : {}),
      trainingMs: ctx.clock() - t0,
      savedMs: refit?.ok ? savedMs : record.savedMs,
    };
  }

  // search
  const split = studySplit(product.series.values, windowsOf(config));
  if (!split.ok) return failed('search', split.error.message, stored, ['evaluate', 'register']);
  const searchStart = ctx.clock();
  const study = await runProductStudy(product, split.value, ctx, ports);
  if (!study.ok) return failed('search', study.error.message, stored, ['evaluate', 'register']);
  const { summary, studyKey } = study.value;
  const searchMs = ctx.clock() - searchStart;
  if (summary.stop.code === 'aborted') {
    await step('search', 'failed', summary.stop.message, { inputs: [series], outputs: [studyKey] });
    progress({
      studyKey,
      trialsThisSession: summary.trialsThisSession,
      trialsInStudy: summary.trials.length,
      bestValue: summary.bestValue,
      state: 'cancelled',
      message: summary.stop.message,
    });
    return { productId: product.id, decision: 'failed', reason: 'cancelled', studyKey, trainingMs: ctx.clock() - t0, savedMs: 0 };
  }
  await step('search', 'ran', `${summary.stop.message} ${summary.choice.reason}`, { inputs: [series], outputs: [studyKey] });

  // evaluate
  const progressBase = { studyKey, trialsThisSession: summary.trialsThisSession, trialsInStudy: summary.trials.length, bestValue: summary.bestValue };
  progress({ ...progressBase, state: 'evaluating', message: 'Refitting the winner on every week before the test window' });
  const evaluation = await ports.fitter.test({ split: split.value, spec: summary.choice.spec, engine: engineOf(summary.choice.params) }, ctx.signal);
  if (!evaluation.ok)
    return { ...(await failed('evaluate', `The chosen model could not be refitted: ${evaluation.error.message}`, stored, ['register'])), studyKey };
  await step('evaluate', 'ran', `test RMSE ${evaluation.value.scores.rmse.toFixed(2)}`, { inputs: [studyKey], outputs: [] });

  // register
  progress({ ...progressBase, state: 'registering', message: 'Registering the version' });
  const policy = ctx.registryPolicy ?? DEFAULT_REGISTRY_POLICY;
  const chosen = await versionDraft({
    product,
    split: split.value,
    choice: summary.choice,
    evaluation: evaluation.value,
    resolved: ctx.resolved,
    studyKey,
    searchMs,
    createdAt: ctx.now(),
    appVersion: ctx.appVersion,
  });
  const decided = (await baselineDraft(chosen, split.value, policy.championMargin, summary.choice, ctx, ports, { product, studyKey, searchMs })) ?? chosen;
  progress({ ...progressBase, state: 'registering', message: `Forecasting ${config.forecast_weeks} weeks ahead` });
  const future = await futureOf(decided, product, ctx, ports, { seriesDigest: decided.data.digest, source: 'training' });
  const draft: ModelVersionDraft = { ...decided, future: future.ok ? future.value : null };
  await step(
    'forecast',
    future.ok ? 'ran' : 'failed',
    future.ok
      ? `${config.forecast_weeks} weeks from ${future.value.table.weekEnding[0]}${future.value.truncatedAtZero ? ' (negative values set to zero)' : ''}`
      : `No forecast of the weeks ahead: ${future.error.message}`,
  );
  const onWindow =
    champion.kind === 'present' && ports.fitter.forecaster
      ? await championOnChallengerWindow(champion.model, draft, product.series, ports.fitter.forecaster)
      : null;
  const registered = await ports.registry.register(draft, policy, { championOnWindow: onWindow, at: ctx.now() });
  if (!registered.ok) return { ...(await failed('register', registered.error.message, stored, [])), studyKey };
  const { version, aliases, event } = registered.value;
  const championChanged = aliases.champion === version.version && event.kind !== 'challenger-lost';
  await step(
    'register',
    'ran',
    `${draft.evaluation.replaced ? `${draft.evaluation.replaced.reason} ` : ''}${version.name} v${version.version}: ${event.reason}`,
    { inputs: [studyKey], outputs: [versionRef(version)] },
  );
  if (stored) await ports.decisions?.update(withOutcome(stored, 'retrained'));
  progress({ ...progressBase, state: 'done', message: `v${version.version} ${championChanged ? 'is the new champion' : 'registered; the champion stays'}` });
  return {
    productId: product.id,
    decision: 'retrain',
    reason: decision.reason,
    studyKey,
    modelVersion: version.version,
    championChanged,
    metrics: { ...draft.evaluation.test },
    testWindow: windowOf(draft.evaluation.testWindow),
    trainingMs: ctx.clock() - t0,
    savedMs: 0,
  };
}
