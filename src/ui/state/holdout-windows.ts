// Whether a stored holdout forecast was cut as the current windows cut its series (same test weeks,
// same first fitted week), so the forecast view shows it rather than refitting. Pure; runs anywhere.
import { splitWindows, type Windows } from '../../core/data/windows';
import type { HoldoutForecast } from '../../core/model/holdout';

/** True when `forecast` held out the test weeks of `windows` and was fitted on the weeks training would use. */
export function fitsWindows(forecast: Pick<HoldoutForecast, 'actual' | 'trainLength' | 'trainStart'>, weeks: number, windows: Windows): boolean {
  const split = splitWindows(weeks, windows);
  if (!split.ok) return false;
  const { historyStart, historyEnd } = split.value;
  return forecast.actual.length === weeks - historyEnd && (forecast.trainStart ?? 0) === historyStart && forecast.trainLength === historyEnd - historyStart;
}
