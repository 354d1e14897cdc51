// Drives one product's study: re-runs a trial a crash left running, then the product's seeds not
// yet tried, then sampler proposals, one trial at a time, until early stopping, n_trials (counted
// over the whole study, across sessions), the timeout, cancellation or an exhausted space.
import { BASELINE_METHODS, type ModelSpec } from '../model/spec';
import type { SearchSpaceConfig, StudyConfig } from '../config/config';
import { seedsFor } from '../config/profiles';
import { chooseFinal } from './choice';
import { earlyStopMessage, observe, replay, shouldStop, type EarlyStoppingRule, type EarlyStoppingState } from './early-stopping';
import { paretoFront } from './pareto';
import { proposeUntried } from './propose';
import { samplerFor, type Sampler } from './samplers';
import { distributionsOf, inSpace, paramKey, paramsToSpec, seedToParams } from './space';
import type { StopReason, StudySummary, TrialOrigin, TrialParams, TrialRecord } from './types';

/**
 * A trial's result; `forecasts` (one per rolling origin) let the study score combinations without refitting.
 * Not a `Result`: a failed trial is a finished trial (recorded with its reason and time), not an error to show.
 */
export type ObjectiveOutcome =
  { ok: true; value: number; fitMs: number; forecasts?: number[][]; aicc?: number | null } | { ok: false; reason: string; fitMs?: number };
export type StudyObjective = (spec: ModelSpec, params: TrialParams) => Promise<ObjectiveOutcome>;

/** What core needs of an AbortSignal (core compiles without DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

export interface RunStudyOptions {
  studyKey: string;
  productId: string;
  config: StudyConfig;
  objective: StudyObjective;
  /** The study's trials from earlier sessions (continuation); running ones are re-run. */
  existingTrials?: readonly TrialRecord[];
  signal?: AbortSignalLike;
  /** Called before a trial's fit (persist it as running, so a reload re-runs it). */
  onTrialStart?: (trial: TrialRecord) => void | Promise<void>;
  /** Called with each finished trial (persist it in its own transaction). */
  onTrialFinished?: (trial: TrialRecord) => void | Promise<void>;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  sampler?: Sampler;
}

interface Planned {
  number: number;
  params: TrialParams;
  origin: TrialOrigin;
}

export function ruleOf(config: StudyConfig): EarlyStoppingRule {
  return { patience: config.patience, minTrials: config.min_trials, minImprovement: config.min_improvement };
}

async function evaluate(objective: StudyObjective, spec: ModelSpec, params: TrialParams): Promise<ObjectiveOutcome> {
  try {
    return await objective(spec, params);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function stopReason(
  config: StudyConfig,
  rule: EarlyStoppingRule,
  es: EarlyStoppingState,
  trials: readonly TrialRecord[],
  signal: AbortSignalLike | undefined,
  elapsedMs: number,
  thisSession: number,
): StopReason | null {
  const finished = trials.filter((t) => t.state !== 'running').length;
  if (signal?.aborted) return { code: 'aborted', message: `Cancelled after ${thisSession} trials this session; the study can continue.` };
  if (shouldStop(es, rule)) return { code: 'early-stopped', message: earlyStopMessage(es, rule) };
  if (finished >= config.n_trials) return { code: 'n-trials', message: `Reached n_trials: ${finished} trials in the study (n_trials ${config.n_trials}).` };
  if (elapsedMs >= config.timeout_s * 1000) {
    return { code: 'timeout', message: `Reached the study timeout of ${config.timeout_s} s after ${thisSession} trials this session.` };
  }
  return null;
}

function startTrial(plan: Planned, space: SearchSpaceConfig, nowMs: number): TrialRecord {
  return {
    number: plan.number,
    state: 'running',
    params: plan.params,
    distributions: distributionsOf(space, plan.params),
    value: null,
    userAttrs: { origin: plan.origin },
    datetimeStart: new Date(nowMs).toISOString(),
    datetimeComplete: null,
  };
}

function finishTrial(running: TrialRecord, outcome: ObjectiveOutcome, nowMs: number): TrialRecord {
  return {
    ...running,
    state: outcome.ok ? 'complete' : 'failed',
    value: outcome.ok ? outcome.value : null,
    userAttrs: {
      ...running.userAttrs,
      fit_ms: outcome.fitMs ?? null,
      ...(outcome.ok ? (typeof outcome.aicc === 'number' ? { aicc: outcome.aicc } : {}) : { failure_reason: outcome.reason }),
    },
    datetimeComplete: new Date(nowMs).toISOString(),
  };
}

/** Runs (or continues) a study and returns its summary; never throws for a failing objective. */
export async function runStudy(options: RunStudyOptions): Promise<StudySummary> {
  const { config, objective, signal } = options;
  const now = options.now ?? Date.now;
  const space = config.search_space;
  const sampler = options.sampler ?? samplerFor(config.sampler);
  const rule = ruleOf(config);
  const started = now();
  const trials = [...(options.existingTrials ?? [])].sort((a, b) => a.number - b.number);
  const tried = new Set(trials.map((t) => paramKey(t.params)));
  const queue: Planned[] = trials
    .filter((t) => t.state === 'running')
    .map((t) => ({ number: t.number, params: t.params, origin: (t.userAttrs.origin as TrialOrigin) ?? 'sampler' }));
  let nextNumber = trials.length ? trials[trials.length - 1]!.number + 1 : 0;
  // The baselines are candidates like any model, tried first: a model must beat them to be chosen.
  if (space.families.includes('baseline')) {
    for (const engine of space.engines.slice(0, 1)) {
      for (const method of space.baselines ?? BASELINE_METHODS) {
        const params = { family: 'baseline', engine, method };
        if (tried.has(paramKey(params))) continue;
        tried.add(paramKey(params));
        queue.push({ number: -1, params, origin: 'baseline' });
      }
    }
  }
  for (const seed of seedsFor(config.seeds, options.productId)) {
    const params = seedToParams(seed, config.engine);
    if (!inSpace(space, params) || tried.has(paramKey(params))) continue;
    tried.add(paramKey(params));
    queue.push({ number: -1, params, origin: 'seed' });
  }
  let es = replay(rule, trials);
  let thisSession = 0;
  let stop: StopReason | null =
    space.families.length === 0 || space.engines.length === 0
      ? { code: 'empty-space', message: 'The search space is empty: no model family or no engine is allowed.' }
      : null;
  while (!stop) {
    stop = stopReason(config, rule, es, trials, signal, now() - started, thisSession);
    if (stop) break;
    let plan = queue.shift();
    if (!plan) {
      const proposal = proposeUntried(sampler, space, trials, tried, config.sampler_seed, nextNumber);
      if (!proposal) {
        stop = { code: 'space-exhausted', message: `Every point of the search space has been tried (${tried.size} points).` };
        break;
      }
      plan = { number: -1, params: proposal.params, origin: proposal.origin };
    }
    if (plan.number < 0) plan.number = nextNumber++;
    tried.add(paramKey(plan.params));
    const running = startTrial(plan, space, now());
    const at = trials.findIndex((t) => t.number === plan.number);
    if (at >= 0) trials[at] = running;
    else trials.push(running);
    await options.onTrialStart?.(running);
    const outcome = await evaluate(objective, paramsToSpec(plan.params, space), plan.params);
    if (signal?.aborted && !outcome.ok) {
      // A fit cut short by cancellation is no result: the trial stays running and is re-run on resume.
      stop = { code: 'aborted', message: `Cancelled during trial ${plan.number} after ${thisSession} trials this session; the study can continue.` };
      break;
    }
    const done = finishTrial(running, outcome, now());
    trials[trials.indexOf(running)] = done;
    thisSession++;
    await options.onTrialFinished?.(done);
    es = observe(es, rule, done.value);
  }
  const choice = chooseFinal(trials, space, config.engine, config.objective);
  const complete = trials.filter((t) => t.state === 'complete');
  return {
    studyKey: options.studyKey,
    objective: config.objective,
    trials,
    trialsThisSession: thisSession,
    stop,
    choice,
    bestValue: complete.length ? Math.min(...complete.map((t) => t.value!)) : null,
    paretoFront: paretoFront(trials),
  };
}
