// How an imported model forecasts right away: from its engine state where the file carries one the
// engine can forecast from (the native engine's), else by refitting its recorded spec on its recorded
// series up to where the recorded forecast starts; the result is checked against the recorded forecast.
import { parseDay } from '../data/dates';
import type { WeeklySeries } from '../data/types';
import type { EngineName } from '../model/engine';
import { isArimaSpec, type ModelSpec } from '../model/spec';
import type { ModelVersionDraft } from '../registry/registry-types';

export type ForecastPlan =
  | { kind: 'state'; state: unknown; horizon: number }
  | {
      kind: 'refit';
      engine: EngineName;
      spec: ModelSpec;
      train: number[];
      horizon: number;
      /** Weeks of the series before the forecast's first week. */ end: number;
    }
  | { kind: 'none'; reason: string };

/** Weeks of `series` before the recorded forecast's first week (the length of the fit it came from). */
export function fitLengthOf(series: WeeklySeries, firstForecastWeek: string): number | null {
  const start = parseDay(series.start);
  const first = parseDay(firstForecastWeek);
  if (start === undefined || first === undefined || (first - start) % 7 !== 0) return null;
  const weeks = (first - start) / 7;
  return weeks >= 1 && weeks <= series.values.length ? weeks : null;
}

export function planImportedForecast(draft: ModelVersionDraft, series: WeeklySeries | null): ForecastPlan {
  const recorded = draft.forecast;
  const horizon = recorded?.mean.length ?? draft.io.horizon;
  // Baselines and combinations are refitted from the series (cheap, and exact): only ARIMA states are read.
  if (draft.fitted?.engine === 'native' && isArimaSpec(draft.spec) && draft.fitted.state !== null && typeof draft.fitted.state === 'object') {
    return { kind: 'state', state: draft.fitted.state, horizon };
  }
  if (!series) return { kind: 'none', reason: 'the file has neither the training series nor engine state to forecast from' };
  const weeks = recorded ? fitLengthOf(series, recorded.weekEnding[0] ?? '') : draft.data.fitted.weeks;
  if (weeks === null) return { kind: 'none', reason: 'its recorded forecast does not start on a week of its recorded series' };
  // Long histories are fitted on their latest weeks only (data/windows.ts): start where the fit started.
  const from = fitLengthOf(series, draft.data.fitted.start) ?? 0;
  return { kind: 'refit', engine: draft.engine, spec: draft.spec, train: series.values.slice(from < weeks ? from : 0, weeks), horizon, end: weeks };
}
