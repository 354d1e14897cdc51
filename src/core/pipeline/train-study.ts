// The search step of a training run: the study key from the product's data and the search, the
// trials of earlier sessions (persistent studies continue them; ephemeral ones start afresh), the
// study driven under its lock, its record and every trial saved.
import { seriesDigest } from '../data/series-digest';
import { runStudy } from '../search/driver';
import type { StudySplit } from '../search/objective';
import { spaceForSeries, type FittedSpace } from '../search/space-fit';
import { autoChoice } from '../search/auto-choice';
import { paramKey } from '../search/space';
import type { ObjectiveMetric } from '../config/config';
import { studyKey as keyOf, type StudyIdentity } from '../search/study-key';
import { closeStudyRecord, openStudyRecord } from '../search/study-record';
import type { StudySummary, TrialRecord } from '../search/types';
import { fail, ok, type Result } from '../result';
import type { ProductContext, TrainPorts, TrainProduct } from './train-ports';

/** The auto selection's last word: a combination where it cross-validates better, and the evidence for d. */
function finalChoice(
  summary: StudySummary,
  forecasts: ReadonlyMap<string, number[][]>,
  split: StudySplit,
  fitted: FittedSpace,
  metric: ObjectiveMetric,
): StudySummary {
  const choice = autoChoice(summary.choice, summary.trials, forecasts, split, fitted.space, metric);
  const evidence = fitted.evidence
    ? ` Differencing: ${fitted.evidence.differencing.reason} Seasonal strength ${fitted.evidence.seasonalStrength.toFixed(2)} over ${fitted.evidence.seasons.toFixed(1)} years.`
    : '';
  return { ...summary, choice: { ...choice, reason: `${choice.reason}${evidence}` } };
}

export type StudyOutcome = Result<{ summary: StudySummary; studyKey: string }, 'driven-elsewhere'>;

export async function runProductStudy(product: TrainProduct, split: StudySplit, ctx: ProductContext, ports: TrainPorts): Promise<StudyOutcome> {
  const config = ctx.resolved.config;
  const fitted = spaceForSeries(config.search_space, split.history.slice(split.historyStart), config.selection);
  const identity: StudyIdentity = {
    productId: product.id,
    dataDigest: await seriesDigest({ id: product.id, start: product.series.start, values: product.series.values }),
    searchSpace: fitted.space,
    split: {
      testWeeks: config.test_weeks,
      validationWeeks: config.validation_weeks,
      ...(config.selection === 'auto' ? { folds: split.folds.length, selection: 'auto' } : {}),
    },
    objective: config.objective,
  };
  const key = await keyOf(identity);
  // Ephemeral storage drops continuation, not history: a run starts a new search and keeps its own trials.
  const persistent = config.study_storage === 'persistent';
  const studyConfig = { ...config, search_space: fitted.space };
  // Each trial's forecasts at the rolling origins, kept in memory for combinations (small: folds × horizon).
  const foldForecasts = new Map<string, number[][]>();
  const drive = async () => {
    const previous = persistent ? await ports.studies.getStudy(key) : undefined;
    const existing: TrialRecord[] = persistent ? await ports.studies.listTrials(key) : [];
    const base = { key, identity, config: studyConfig, configSources: ctx.resolved.sources, droppedFamilies: fitted.dropped.map((d) => d.reason) };
    const open = openStudyRecord(base, existing, ctx.now(), previous);
    await (persistent ? ports.studies.saveStudy(open) : ports.studies.restartStudy(open));
    let best: number | null = null;
    let thisSession = 0;
    for (const t of existing) if (t.state === 'complete' && (best === null || t.value! < best)) best = t.value;
    let inStudy = existing.filter((t) => t.state !== 'running').length;
    ports.onProgress?.({
      productId: product.id,
      state: 'searching',
      studyKey: key,
      trialsThisSession: 0,
      trialsInStudy: inStudy,
      bestValue: best,
      message: existing.length ? `Continuing a study of ${inStudy} trials` : 'Searching',
    });
    const summary = await runStudy({
      studyKey: key,
      productId: product.id,
      config: studyConfig,
      signal: ctx.signal,
      existingTrials: existing,
      now: ctx.clock,
      objective: async (spec, params) => {
        const outcome = await ports.fitter.validation({ split, spec, params, metric: config.objective }, ctx.signal);
        if (outcome.ok && outcome.forecasts) foldForecasts.set(paramKey(params), outcome.forecasts);
        return outcome;
      },
      onTrialStart: (t) => ports.studies.putTrial(key, t),
      onTrialFinished: async (t) => {
        await ports.studies.putTrial(key, t);
        if (t.state === 'complete' && (best === null || t.value! < best)) best = t.value;
        if (!existing.some((e) => e.number === t.number)) inStudy++;
        thisSession++;
        ports.onProgress?.({
          productId: product.id,
          state: 'searching',
          studyKey: key,
          trialsThisSession: thisSession,
          trialsInStudy: inStudy,
          bestValue: best,
          message: `Trial ${t.number} ${t.state}`,
          trial: t,
        });
      },
    });
    const chosen = config.selection === 'auto' ? finalChoice(summary, foldForecasts, split, fitted, config.objective) : summary;
    await ports.studies.saveStudy(closeStudyRecord(open, chosen, ctx.now()));
    return chosen;
  };
  if (!ports.lock) return ok({ summary: await drive(), studyKey: key });
  const locked = await ports.lock(key, drive);
  if (!locked.driven) {
    ports.onProgress?.({
      productId: product.id,
      state: 'watching',
      studyKey: key,
      trialsThisSession: 0,
      trialsInStudy: 0,
      bestValue: null,
      message: 'Another tab is driving this study; this tab watches it.',
    });
    return fail('driven-elsewhere', 'Another tab is driving this study; this tab only watches it.');
  }
  return ok({ summary: locked.value, studyKey: key });
}
