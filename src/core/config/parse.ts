// Readers of outside configuration: a URL query string (`?profile=production&n_trials=40`) and an
// imported config JSON file (versioned). Both only shape raw values; resolveConfig validates them.
import { fail, ok, type Result } from '../result';
import type { ResolvedConfig } from './config';
import type { ConfigLayer } from './resolve';

export const CONFIG_FORMAT = 'shelfcast-config';
export const CONFIG_VERSION = 1;

/** URL text → the JSON value it spells: true/false, null/none, numbers, JSON objects; else text. */
export function coerceQueryText(text: string): unknown {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null' || lower === 'none') return null;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** Query keys the page itself reads (not settings): the tests' fit limit. A development build adds its seed key. */
export const PAGE_QUERY_KEYS: readonly string[] = ['fit-timeout-s'];

/**
 * A query string as a config layer. The page's own keys are returned in `ignored`; any other key
 * stays in the layer, so resolveConfig lists it as unknown (as for a config JSON) rather than
 * dropping a misspelt setting silently. A key given twice keeps its last value.
 */
export function parseUrlQuery(query: string, pageKeys: readonly string[] = PAGE_QUERY_KEYS): { layer: ConfigLayer; ignored: string[] } {
  const layer: ConfigLayer = {};
  const ignored: string[] = [];
  for (const pair of query.replace(/^[?#]/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const text = at < 0 ? '' : decode(pair.slice(at + 1));
    if (pageKeys.includes(key)) ignored.push(key);
    else layer[key] = coerceQueryText(text);
  }
  return { layer, ignored };
}

export type ConfigFileError = 'invalid-json' | 'not-a-config' | 'unsupported-version';

/**
 * An imported config file `{"format":"shelfcast-config","version":1,"config":{...}}` as a layer.
 * Unknown keys stay in the layer so that resolveConfig reports each of them.
 */
export function parseConfigJson(text: string, file = 'config JSON'): Result<ConfigLayer, ConfigFileError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('invalid-json', `${file} is not valid JSON: ${(error as Error).message}`, { file });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('not-a-config', `${file} must be a JSON object with "format": "${CONFIG_FORMAT}".`, { file });
  }
  const record = data as Record<string, unknown>;
  if (record.format !== CONFIG_FORMAT) {
    const found = 'format' in record ? `has "format": ${JSON.stringify(record.format)}` : 'has no "format" field';
    return fail('not-a-config', `${file} ${found}; expected "${CONFIG_FORMAT}".`, { file });
  }
  if (record.version !== CONFIG_VERSION) {
    const found = 'version' in record ? `has version ${JSON.stringify(record.version)}` : 'has no "version" field';
    return fail('unsupported-version', `${file} ${found}; this lab reads version ${CONFIG_VERSION}.`, { file });
  }
  const config = record.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return fail('not-a-config', `${file} must have a "config" object with the settings.`, { file });
  }
  return ok({ ...(config as ConfigLayer) });
}

/** The file parseConfigJson reads back: the resolved values (sources are not part of a config). */
export function configToJson(resolved: ResolvedConfig): string {
  return JSON.stringify({ format: CONFIG_FORMAT, version: CONFIG_VERSION, config: resolved.config }, null, 2);
}
