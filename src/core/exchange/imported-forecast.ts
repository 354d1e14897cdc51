// How an imported model forecasts right away: from its engine state where the file carries one the
// engine can forecast from (the native engine's), else by refitting its recorded spec on its recorded
// series up to where the recorded forecast starts; the result is checked against the recorded forecast.
import { parseDay } from '../data/dates';
import type { WeeklySeries } from '../data/types';
import type { EngineName } from '../model/engine';
import type { ModelSpec } from '../model/spec';
import type { ModelVersionDraft } from '../policy/registry-types';

export type ForecastPlan =
  | { kind: 'state'; state: unknown; horizon: number }
  | { kind: 'refit'; engine: EngineName; spec: ModelSpec; train: number[]; horizon: number }
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
  if (draft.fitted?.engine === 'native' && draft.fitted.state !== null && typeof draft.fitted.state === 'object') {
    return { kind: 'state', state: draft.fitted.state, horizon };
  }
  if (!series) return { kind: 'none', reason: 'the file has neither the training series nor engine state to forecast from' };
  const weeks = recorded ? fitLengthOf(series, recorded.weekEnding[0] ?? '') : draft.data.fitted.weeks;
  if (weeks === null) return { kind: 'none', reason: 'its recorded forecast does not start on a week of its recorded series' };
  return { kind: 'refit', engine: draft.engine, spec: draft.spec, train: series.values.slice(0, weeks), horizon };
}
