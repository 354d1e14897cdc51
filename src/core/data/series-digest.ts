// The digest of a product's weekly series: what the data pipeline, study keys and the registry all
// compare, so one series must always give one digest (stored versions carry it; see series-change).
import { sha256Hex } from '../digest';
import type { WeeklySeries } from './types';

/** A weekly series with the id of its product; titles do not change a model, so they are not hashed. */
export type IdentifiedSeries = WeeklySeries & { id: string };

/** The text a series is hashed as: id, first week, weekly values (NaN written as "NA"). Never change it. */
export function canonicalSeries(p: IdentifiedSeries): string {
  return `${p.id}\n${p.start}\n${p.values.map((v) => (Number.isNaN(v) ? 'NA' : String(v))).join(',')}`;
}

/** Lower-case hex SHA-256 of the canonical series. */
export function seriesDigest(p: IdentifiedSeries): Promise<string> {
  return sha256Hex(canonicalSeries(p));
}
