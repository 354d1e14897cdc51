// `restore()`: brings a parsed model document of an older format version up to the current shape,
// filling what older versions did not record. Runs after the checksum check, before validation.
import { CURRENT_FORMAT_VERSION } from './model-json-format';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** v1 held one model and recorded neither units, baselines nor search time. */
function upgradeV1(doc: Json): Json {
  const model = isObject(doc.model) ? { ...doc.model } : doc.model;
  if (isObject(model)) {
    if (isObject(model.io) && !('units' in model.io)) model.io = { ...model.io, units: 'units' };
    if (isObject(model.evaluation) && !('baselines' in model.evaluation)) model.evaluation = { ...model.evaluation, baselines: [] };
    if (!('searchMs' in model)) model.searchMs = 0;
  }
  const { model: _m, series, checksum, ...header } = doc;
  return { ...header, formatVersion: 2, content: { models: [{ model, series: series ?? null }] }, checksum: { algorithm: 'SHA-256', value: checksum } };
}

/** v2 recorded no forecast of the weeks ahead: each model gets `future: null`. */
function upgradeV2(doc: Json): Json {
  const content = isObject(doc.content) ? doc.content : null;
  if (!content || !Array.isArray(content.models)) return { ...doc, formatVersion: 3 };
  const models = content.models.map((entry: unknown) => {
    if (!isObject(entry) || !isObject(entry.model) || 'future' in entry.model) return entry;
    return { ...entry, model: { ...entry.model, future: null } };
  });
  return { ...doc, formatVersion: 3, content: { ...content, models } };
}

/** One upgrade per older format version, from that version to the next. */
export const UPGRADES: Record<number, (doc: Json) => Json> = { 1: upgradeV1, 2: upgradeV2 };

/** Applies each upgrade from the document's version to the current one, in order. */
export function restore(doc: Json, fromVersion: number): Json {
  let current = doc;
  for (let v = fromVersion; v < CURRENT_FORMAT_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (!upgrade) throw new Error(`restore: no upgrade from model format ${v}`);
    current = upgrade(current);
  }
  return current;
}

/** Versions `restore` can read. */
export function isKnownFormatVersion(v: number): boolean {
  return v === CURRENT_FORMAT_VERSION || v in UPGRADES;
}
