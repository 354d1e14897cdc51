// Canonical JSON: the text JSON.stringify writes, with object keys sorted at every depth, so equal
// values always give the same bytes and the same SHA-256 — cache keys, study keys and the checksum
// of exported files alike. Being JSON.stringify's text, a value and its JSON round trip agree.
import { sha256Hex } from './digest';

/**
 * Keys sorted by UTF-16 code units; as JSON.stringify: `toJSON` is called, undefined (and function)
 * properties are left out, array holes and undefined items are null. Unlike JSON.stringify, NaN and
 * ±Infinity throw: written as null they would share a digest with null (and JSON has no such number).
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

/** Lower-case hex SHA-256 of the canonical text. */
export function canonicalChecksum(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

/** The text of `value`, or undefined where JSON.stringify would leave it out. */
function write(value: unknown): string | undefined {
  const json = hasToJson(value) ? value.toJSON() : value;
  if (typeof json === 'number' && !Number.isFinite(json)) throw new Error(`canonicalJson: non-finite number ${json}`);
  if (json === null || typeof json !== 'object') return JSON.stringify(json);
  if (Array.isArray(json)) return `[${Array.from(json, (item) => write(item) ?? 'null').join(',')}]`;
  const record = json as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const text = write(record[key]);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
