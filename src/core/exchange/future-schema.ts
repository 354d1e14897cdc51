// Validation of an exported model's forecast of the weeks ahead (`model.future`, format v3): dates,
// one value per week, finite numbers, weeks that follow the origin, and a fit of the model's spec.
import { parseDay } from '../data/dates';
import type { ModelSpec } from '../model/spec';
import type { FutureForecast } from '../registry/registry-types';
import { canonicalJson } from '../canonical-json';
import { bad, bool, field, isoDate, isoTime, nullable, record, type Check } from './json-reader';
import { fittedWithoutResiduals, forecastTable, weekRange } from './model-schema';

/** `table.weekEnding` must be the weeks right after `origin`, one week apart. */
function checkWeeks(weekEnding: readonly string[], origin: string, path: string): void {
  if (weekEnding.length === 0) bad(`${path}.weekEnding`, 'must hold at least one week');
  const first = parseDay(origin)! + 7; // origin already passed isoDate
  weekEnding.forEach((w, i) => {
    if (parseDay(w) !== first + 7 * i) bad(`${path}.weekEnding[${i}]`, `must be ${i === 0 ? 'the week after origin' : 'one week after the week before'}`, w);
  });
}

/** Truncated at zero means no mean or bound below zero is left. */
function checkTruncated(table: FutureForecast['table'], path: string): void {
  for (const key of ['mean', 'lower80', 'upper80', 'lower95', 'upper95'] as const) {
    const i = table[key].findIndex((x) => x < 0);
    if (i >= 0) bad(`${path}.${key}[${i}]`, 'must not be below zero when truncatedAtZero is true', table[key][i]);
  }
}

/** The future forecast of a model whose spec is `spec`; null is allowed (none was made). */
export function futureOfModel(spec: ModelSpec): Check<FutureForecast | null> {
  return nullable((v, p) => {
    const o = record(v, p);
    const origin = field(o, 'origin', p, isoDate);
    const table = field(o, 'table', p, forecastTable);
    checkWeeks(table.weekEnding, origin, `${p}.table`);
    const truncatedAtZero = field(o, 'truncatedAtZero', p, bool);
    if (truncatedAtZero) checkTruncated(table, `${p}.table`);
    const fittedWeeks = field(o, 'fittedWeeks', p, weekRange);
    if (fittedWeeks.end !== origin) bad(`${p}.fittedWeeks.end`, `must be the origin ${origin}`, fittedWeeks.end);
    const fitted = field(o, 'fitted', p, nullable(fittedWithoutResiduals));
    if (fitted && canonicalJson(fitted.spec) !== canonicalJson(spec)) bad(`${p}.fitted.spec`, 'must be the same as the model spec');
    return { origin, table, truncatedAtZero, fittedWeeks, fitted, createdAt: field(o, 'createdAt', p, isoTime) };
  });
}
