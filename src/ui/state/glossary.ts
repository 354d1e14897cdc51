// The words the lab coins, each in one or two plain sentences: what the "?" beside a term opens.
// Pure data keyed by id, so every id is unique and has an entry; a test checks that each is written.

/** Every term with its plain sentences, in reading order: searching, then judging, then the metrics, then the settings. */
const TERMS = {
  study: { term: 'Study', text: 'The search for one product’s model: a series of trials under one configuration, kept so a later run can continue it.' },
  trial: { term: 'Trial', text: 'One candidate model fitted and scored on the validation weeks; its value is the objective (lower is better).' },
  objective: {
    term: 'Objective / best so far',
    text: 'The error a study minimises (RMSE unless objective says otherwise). “Best so far” is the lowest value any trial has reached, in that metric’s units (units sold for RMSE and MAE).',
  },
  'origin-seed': {
    term: 'Origin: seed',
    text: 'A trial whose parameters were tried first because the configuration lists them (the original pipeline’s per-book seeds).',
  },
  'origin-sampler': { term: 'Origin: sampler', text: 'A trial whose parameters the sampler (TPE, random or grid) proposed.' },
  'origin-fallback': {
    term: 'Origin: fallback',
    text: 'The sampler kept proposing parameters already tried, so the lab took the untried parameters nearest its last proposal instead of fitting a duplicate.',
  },
  'origin-baseline': {
    term: 'Origin: baseline',
    text: 'A simple benchmark (naive, seasonal naive, mean, drift, Theta) entered as a candidate like any model.',
  },
  'early-stopping': {
    term: 'Early stopping',
    text: 'A study stops after patience trials in a row without improving by min_improvement, once it has run min_trials.',
  },
  persistent: { term: 'Persistent', text: 'A study kept in this browser: the next training run continues its search from the stored trials.' },
  ephemeral: {
    term: 'Ephemeral',
    text: 'A study whose trials are kept only for inspection: the next training run starts a new search (the production profile, as the original).',
  },
  holdout: { term: 'Test weeks (holdout)', text: 'The latest weeks kept out of every fit, to score the chosen model once on data it never saw.' },
  'rolling-origin': {
    term: 'Rolling origin',
    text: 'Scoring a candidate several times, each time forecasting from a later week, so one lucky window does not decide.',
  },
  backtest: { term: 'Backtest', text: 'The chosen model’s forecast of the test weeks, made without them: the evidence for how well it forecasts.' },
  forecast: {
    term: 'Forecast (weeks ahead)',
    text: 'The champion refitted on every real week and forecast forecast_weeks past the last one: what the lab is for.',
  },
  champion: { term: 'Champion', text: 'The version of a product’s model the lab uses for its forecast; one per product.' },
  challenger: {
    term: 'Challenger',
    text: 'A newly trained version compared with the champion on the same test weeks; it becomes champion only if it is better by the registry’s margin.',
  },
  baseline: {
    term: 'Baseline champion',
    text: 'A simple benchmark is the champion because no model beat it by the margin: honest when the data has little pattern.',
  },
  refit: {
    term: 'Refit',
    text: 'New weeks arrived but the champion was kept: its model is fitted again on the latest weeks (no new search) so the forecast starts after the new last week.',
  },
  'skipped-by-policy': {
    term: 'Skipped (by policy)',
    text: 'A training step that did not run because the retraining policy said the champion is still valid (same data, young enough, not degraded).',
  },
  seasonal: {
    term: 'Seasonal: yes / no',
    text: 'Whether a product has two full years of weeks, which a yearly seasonal model needs; “no” means seasonal models are not tried for it.',
  },
  rmse: { term: 'RMSE', text: 'Root mean squared error, in units sold: the typical miss per week, with large misses weighing more.' },
  mae: { term: 'MAE', text: 'Mean absolute error, in units sold: the average miss per week.' },
  mase: {
    term: 'MASE',
    text: 'Mean absolute scaled error: MAE divided by the in-sample error of the naive forecast. Below 1 beats “same as last week”; above 1 does worse.',
  },
  profile: {
    term: 'Profile',
    text: 'A preset of the search and retraining settings: development (fast), testing, production (longest search, ephemeral studies).',
  },
  'original-pipeline': {
    term: 'Original pipeline',
    text: 'The ZenML + Optuna pipeline this lab reimplements in the browser; each setting’s help gives the value it used.',
  },
} satisfies Record<string, { term: string; text: string }>;

/** The terms a screen may point at with a "?" (the table's keys, so a misspelt id does not compile). */
export type GlossaryId = keyof typeof TERMS;

export interface GlossaryEntry {
  id: GlossaryId;
  term: string;
  text: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = (Object.keys(TERMS) as GlossaryId[]).map((id) => glossaryEntry(id));

/** The entry of `id` (the type makes sure every id has one). */
export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  return { id, ...TERMS[id] };
}
