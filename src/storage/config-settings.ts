// Stores the study configuration's own layers (settings panel, imported config JSON) so they survive a
// reload; the URL layer is never stored. Runs on the main thread; reads validate the record's shape.
import type { ConfigLayer } from '../core/config/resolve';
import type { ShelfcastDatabase } from './db';

const CONFIG_KEY = 'study-config';
/** Version of the stored `study-config` value; bump it with a reader for the older shape. */
export const STORED_CONFIG_VERSION = 1;

/** The layers that persist, as stored. Values are raw: resolveConfig validates them like any layer. */
export interface StoredConfig {
  panel: ConfigLayer;
  json: ConfigLayer;
  jsonName: string | null;
}

/** What a read found: the layers it could use and what it could not (shown with config problems). */
export interface StoredConfigRead {
  layers: StoredConfig;
  problems: string[];
}

const EMPTY: StoredConfig = { panel: {}, json: {}, jsonName: null };

function isLayer(value: unknown): value is ConfigLayer {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored value of any age or shape → usable layers plus a message for each part that was dropped. */
export function readStoredConfig(value: unknown): StoredConfigRead {
  if (value === undefined) return { layers: EMPTY, problems: [] };
  if (!isLayer(value)) return { layers: EMPTY, problems: ['The stored settings are not readable and were ignored.'] };
  if (value.version !== STORED_CONFIG_VERSION) {
    return {
      layers: EMPTY,
      problems: [`The stored settings have version ${JSON.stringify(value.version)}; this lab reads version ${STORED_CONFIG_VERSION}. They were ignored.`],
    };
  }
  const problems: string[] = [];
  const layer = (name: 'panel' | 'json', label: string): ConfigLayer => {
    const raw = value[name];
    if (raw === undefined || isLayer(raw)) return raw ?? {};
    problems.push(`The stored ${label} values are not readable and were ignored.`);
    return {};
  };
  const panel = layer('panel', 'settings panel');
  const json = layer('json', 'config JSON');
  const jsonName = typeof value.jsonName === 'string' ? value.jsonName : null;
  return { layers: { panel, json, jsonName }, problems };
}

export class ConfigSettingsRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  /** The stored layers, validated in shape (values are checked later by resolveConfig). */
  async load(): Promise<StoredConfigRead> {
    return readStoredConfig((await this.db.get('settings', CONFIG_KEY))?.value);
  }

  async save(layers: StoredConfig, savedAt = new Date()): Promise<void> {
    const value = { version: STORED_CONFIG_VERSION, panel: layers.panel, json: layers.json, jsonName: layers.jsonName, savedAt: savedAt.toISOString() };
    await this.db.put('settings', { key: CONFIG_KEY, value });
  }

  /** "Reset to profile": forgets both stored layers. */
  async clear(): Promise<void> {
    await this.db.delete('settings', CONFIG_KEY);
  }
}
