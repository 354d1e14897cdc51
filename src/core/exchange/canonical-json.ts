// Canonical JSON (keys sorted at every level, no whitespace) and its SHA-256: the checksum of
// exported content, the same bytes whichever program wrote the keys in whichever order.
import { sha256Hex } from '../digest';

/** Canonical text of a JSON value. Non-finite numbers are a programmer error: JSON has none. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`canonicalJson: non-finite number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`canonicalJson: cannot serialise a ${typeof value}`);
}

/** Lower-case hex SHA-256 of the canonical text. */
export function canonicalChecksum(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
