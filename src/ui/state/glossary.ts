// The words the lab coins, each in one or two plain sentences: what the "?" beside a term opens.
// Pure data, so a test can check that every entry is written and every id is unique.

/** The terms a screen may point at with a "?" (a union, so a misspelt id does not compile). */
export type GlossaryId =
  | 'study'
  | 'trial'
  | 'objective'
  | 'origin-seed'
  | 'origin-sampler'
  | 'origin-fallback'
  | 'origin-baseline'
  | 'early-stopping'
  | 'persistent'
  | 'ephemeral'
  | 'backtest'
  | 'forecast'
  | 'holdout'
  | 'rolling-origin'
  | 'champion'
  | 'challenger'
  | 'baseline'
  | 'refit'
  | 'skipped-by-policy'
  | 'seasonal'
  | 'rmse'
  | 'mae'
  | 'mase'
  | 'profile'
  | 'original-pipeline';

export interface GlossaryEntry {
  id: GlossaryId;
  term: string;
  text: string;
}

/** In reading order: searching, then judging, then the metrics, then the settings. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'study', term: 'Study', text: 'The search for one product’s model: a series of trials under one configuration, kept so a later run can continue it.' },
  { id: 'trial', term: 'Trial', text: 'One candidate model fitted and scored on the validation weeks; its value is the objective (lower is better).' },
  {
    id: 'objective',
    term: 'Objective / best so far',
    text: 'The error a study minimises (RMSE unless objective says otherwise). “Best so far” is the lowest value any trial has reached, in that metric’s units (units sold for RMSE and MAE).',
  },
  {
    id: 'origin-seed',
    term: 'Origin: seed',
    text: 'A trial whose parameters were tried first because the configuration lists them (the original pipeline’s per-book seeds).',
  },
  { id: 'origin-sampler', term: 'Origin: sampler', text: 'A trial whose parameters the sampler (TPE, random or grid) proposed.' },
  {
    id: 'origin-fallback',
    term: 'Origin: fallback',
    text: 'The sampler kept proposing parameters already tried, so the lab took the untried parameters nearest its last proposal instead of fitting a duplicate.',
  },
  {
    id: 'origin-baseline',
    term: 'Origin: baseline',
    text: 'A simple benchmark (naive, seasonal naive, mean, drift, Theta) entered as a candidate like any model.',
  },
  {
    id: 'early-stopping',
    term: 'Early stopping',
    text: 'A study stops after patience trials in a row without improving by min_improvement, once it has run min_trials.',
  },
  { id: 'persistent', term: 'Persistent', text: 'A study kept in this browser: the next training run continues its search from the stored trials.' },
  {
    id: 'ephemeral',
    term: 'Ephemeral',
    text: 'A study whose trials are kept only for inspection: the next training run starts a new search (the production profile, as the original).',
  },
  { id: 'holdout', term: 'Test weeks (holdout)', text: 'The latest weeks kept out of every fit, to score the chosen model once on data it never saw.' },
  {
    id: 'rolling-origin',
    term: 'Rolling origin',
    text: 'Scoring a candidate several times, each time forecasting from a later week, so one lucky window does not decide.',
  },
  { id: 'backtest', term: 'Backtest', text: 'The chosen model’s forecast of the test weeks, made without them: the evidence for how well it forecasts.' },
  {
    id: 'forecast',
    term: 'Forecast (weeks ahead)',
    text: 'The champion refitted on every real week and forecast forecast_weeks past the last one: what the lab is for.',
  },
  { id: 'champion', term: 'Champion', text: 'The version of a product’s model the lab uses for its forecast; one per product.' },
  {
    id: 'challenger',
    term: 'Challenger',
    text: 'A newly trained version compared with the champion on the same test weeks; it becomes champion only if it is better by the registry’s margin.',
  },
  {
    id: 'baseline',
    term: 'Baseline champion',
    text: 'A simple benchmark is the champion because no model beat it by the margin: honest when the data has little pattern.',
  },
  {
    id: 'refit',
    term: 'Refit',
    text: 'New weeks arrived but the champion was kept: its model is fitted again on the latest weeks (no new search) so the forecast starts after the new last week.',
  },
  {
    id: 'skipped-by-policy',
    term: 'Skipped (by policy)',
    text: 'A training step that did not run because the retraining policy said the champion is still valid (same data, young enough, not degraded).',
  },
  {
    id: 'seasonal',
    term: 'Seasonal: yes / no',
    text: 'Whether a product has two full years of weeks, which a yearly seasonal model needs; “no” means seasonal models are not tried for it.',
  },
  { id: 'rmse', term: 'RMSE', text: 'Root mean squared error, in units sold: the typical miss per week, with large misses weighing more.' },
  { id: 'mae', term: 'MAE', text: 'Mean absolute error, in units sold: the average miss per week.' },
  {
    id: 'mase',
    term: 'MASE',
    text: 'Mean absolute scaled error: MAE divided by the in-sample error of the naive forecast. Below 1 beats “same as last week”; above 1 does worse.',
  },
  {
    id: 'profile',
    term: 'Profile',
    text: 'A preset of the search and retraining settings: development (fast), testing, production (longest search, ephemeral studies).',
  },
  {
    id: 'original-pipeline',
    term: 'Original pipeline',
    text: 'The ZenML + Optuna pipeline this lab reimplements in the browser; each setting’s help gives the value it used.',
  },
];

/** The entry of `id` (every id has one; glossary.test.ts checks it). */
export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new Error(`No glossary entry for ${id}`);
  return entry;
}
