// The active study configuration: profile < config JSON < URL query < settings panel, each value with
// the layer that set it; bad values are listed with their message and never applied.
import { coerceQueryText, configToJson, parseConfigJson, parseUrlQuery, resolveConfig, type ConfigKey, type ConfigLayer, type ResolvedConfig } from '../../core/policy';

/** How a value is shown in its text field: objects as JSON, null as "none". */
export function showValue(value: unknown): string {
  if (value === null) return 'none';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export class ConfigState {
  url = $state.raw<ConfigLayer>({});
  json = $state.raw<ConfigLayer>({});
  panel = $state.raw<ConfigLayer>({});
  jsonName = $state<string | null>(null);
  jsonError = $state<string | null>(null);
  resolved: ResolvedConfig = $derived(resolveConfig({ json: this.json, url: this.url, panel: this.panel }));

  constructor(query = globalThis.location?.search ?? '') {
    this.url = parseUrlQuery(query).layer;
  }

  /** Sets one knob from the panel's text; a bad value shows up in `resolved.problems`, not applied. */
  setPanel(key: ConfigKey, text: string): void {
    this.panel = { ...this.panel, [key]: coerceQueryText(text) };
  }

  /** Drops the panel's value for `key` (back to the lower layers). */
  clearPanel(key: ConfigKey): void {
    const { [key]: _dropped, ...rest } = this.panel;
    this.panel = rest;
  }

  importJson(text: string, name: string): void {
    const parsed = parseConfigJson(text, name);
    if (!parsed.ok) {
      this.jsonError = parsed.error.message;
      return;
    }
    this.jsonError = null;
    this.json = parsed.value;
    this.jsonName = name;
  }

  exportJson(): string {
    return configToJson(this.resolved);
  }
}
