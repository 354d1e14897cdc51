// Optuna's distribution JSON (optuna/distributions.py: distribution_to_json / json_to_distribution)
// for the two kinds this lab searches: IntDistribution and CategoricalDistribution.
import type { Distribution } from '../search/types';

/** A distribution this lab cannot read; the journal importer adds the line number. */
export class DistributionError extends Error {}

type Attributes = Record<string, unknown>;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Python's json.dumps of {"name", "attributes"}: distribution_to_json, spaces included. */
export function distributionToJson(distribution: Distribution): string {
  if (distribution.type === 'IntDistribution') {
    const { log, step, low, high } = distribution;
    return `{"name": "IntDistribution", "attributes": {"log": ${log}, "step": ${step}, "low": ${low}, "high": ${high}}}`;
  }
  return `{"name": "CategoricalDistribution", "attributes": {"choices": [${distribution.choices.map((c) => JSON.stringify(c)).join(', ')}]}}`;
}

/** The internal representation Optuna stores: the integer, or the index of the choice. */
export function toInternal(distribution: Distribution, value: number | string): number {
  if (distribution.type === 'IntDistribution') return Number(value);
  const index = distribution.choices.indexOf(String(value));
  if (index < 0) throw new Error(`${String(value)} is not one of ${distribution.choices.join(', ')}`);
  return index;
}

/** distribution_to_json's string → our tagged union (integer and categorical distributions only). */
export function parseDistribution(text: unknown): Distribution {
  if (typeof text !== 'string') throw new DistributionError('a distribution must be a JSON string');
  const parsed = JSON.parse(text) as { name?: unknown; attributes?: Attributes };
  const a = parsed.attributes ?? {};
  if (parsed.name === 'IntDistribution' || parsed.name === 'IntUniformDistribution') {
    if (!isInt(a.low) || !isInt(a.high) || a.low > a.high) throw new DistributionError(`bad IntDistribution ${text}`);
    if ((a.step ?? 1) !== 1 || a.log === true) throw new DistributionError(`only integer steps of 1 without log scale are supported (${text})`);
    return { type: 'IntDistribution', low: a.low, high: a.high, step: 1, log: false };
  }
  if (parsed.name === 'CategoricalDistribution') {
    const choices = a.choices;
    if (!Array.isArray(choices) || choices.length === 0 || !choices.every(isString))
      throw new DistributionError(`only non-empty string choices are supported (${text})`);
    return { type: 'CategoricalDistribution', choices };
  }
  throw new DistributionError(`unsupported distribution ${String(parsed.name)} (this lab searches integers and choices)`);
}

export function external(distribution: Distribution, internal: unknown): number | string {
  if (typeof internal !== 'number') throw new DistributionError('a parameter value must be a number');
  if (distribution.type === 'IntDistribution') return Math.round(internal);
  const choice = distribution.choices[internal];
  if (choice === undefined) throw new DistributionError(`choice index ${internal} is out of range`);
  return choice;
}
