// The active study configuration: profile < config JSON < URL query < settings panel, each value with
// the layer that set it; bad values are listed with their message and never applied. The panel and
// config JSON layers are stored and restored on load; the URL layer applies to this visit only.
import {
  PAGE_QUERY_KEYS,
  coerceQueryText,
  configToJson,
  isConfigKey,
  parseConfigJson,
  parseUrlQuery,
  resolveConfig,
  type ConfigKey,
  type ConfigLayer,
  type ResolvedConfig,
} from '../../core/config';
import type { OpenStores } from './lab-context';

/** How a value is shown in its text field: objects as JSON, null as "none". */
export function showValue(value: unknown): string {
  if (value === null) return 'none';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The URL's settings as the page names them: "n_trials=40 profile=production"; empty when none (unknown keys are listed as problems instead). */
export function describeUrlLayer(layer: ConfigLayer): string {
  return Object.entries(layer)
    .filter(([key]) => isConfigKey(key))
    .map(([key, value]) => `${key}=${showValue(value)}`)
    .join(' ');
}

export class ConfigState {
  #url = $state.raw<ConfigLayer>({});
  #json = $state.raw<ConfigLayer>({});
  #panel = $state.raw<ConfigLayer>({});
  #jsonName = $state<string | null>(null);
  #jsonError = $state<string | null>(null);
  /** Parts of the stored settings that could not be read (shown with the config problems). */
  #storedProblems = $state.raw<string[]>([]);
  #saveError = $state<string | null>(null);
  get panel() {
    return this.#panel;
  }
  get jsonName() {
    return this.#jsonName;
  }
  get jsonError() {
    return this.#jsonError;
  }
  get storedProblems() {
    return this.#storedProblems;
  }
  get saveError() {
    return this.#saveError;
  }
  readonly resolved: ResolvedConfig = $derived(resolveConfig({ json: this.#json, url: this.#url, panel: this.#panel }));
  readonly urlNote: string = $derived(describeUrlLayer(this.#url));
  /** Set by the first change, so a restore that finishes later does not overwrite it. */
  #changed = false;

  constructor(
    private readonly stores: OpenStores<'settings'>,
    query = globalThis.location?.search ?? '',
  ) {
    // The development seed's switch is a page key only where the seed exists; in a build it is unknown, and said so.
    this.#url = parseUrlQuery(query, import.meta.env.DEV ? [...PAGE_QUERY_KEYS, 'demo-history'] : PAGE_QUERY_KEYS).layer;
  }

  async #repository() {
    return (await this.stores()).settings;
  }

  /** Brings back the stored panel and config JSON layers (unless the user changed something first). */
  async restore(): Promise<void> {
    let read;
    try {
      read = await (await this.#repository()).load();
    } catch (error) {
      this.#storedProblems = [`Stored settings could not be read: ${(error as Error).message}`];
      return;
    }
    if (this.#changed) return;
    this.#panel = read.layers.panel;
    this.#json = read.layers.json;
    this.#jsonName = read.layers.jsonName;
    this.#storedProblems = read.problems;
  }

  #persist(): void {
    this.#changed = true;
    const layers = { panel: this.#panel, json: this.#json, jsonName: this.#jsonName };
    this.#repository()
      .then((repo) => repo.save(layers))
      .then(() => (this.#saveError = null))
      .catch((error: unknown) => (this.#saveError = `Settings could not be saved in this browser: ${(error as Error).message}`));
  }

  /** Sets one knob from the panel's text; a bad value shows up in `resolved.problems`, not applied. */
  setPanel(key: ConfigKey, text: string): void {
    this.#panel = { ...this.#panel, [key]: coerceQueryText(text) };
    this.#persist();
  }

  /** Sets one knob from a typed input (select, number, checkbox); validated like any other layer. */
  setPanelValue(key: ConfigKey, value: unknown): void {
    this.#panel = { ...this.#panel, [key]: value };
    this.#persist();
  }

  /** Drops the panel's value for `key` (back to the lower layers). */
  clearPanel(key: ConfigKey): void {
    const { [key]: _dropped, ...rest } = this.#panel;
    this.#panel = rest;
    this.#persist();
  }

  importJson(text: string, name: string): void {
    const parsed = parseConfigJson(text, name);
    if (!parsed.ok) {
      this.#jsonError = parsed.error.message;
      return;
    }
    this.#jsonError = null;
    this.#json = parsed.value;
    this.#jsonName = name;
    this.#persist();
  }

  /** Drops the panel and config JSON layers here and in storage; the URL still applies to this visit. */
  async resetToProfile(): Promise<void> {
    this.#changed = true;
    this.#panel = {};
    this.#json = {};
    this.#jsonName = null;
    this.#jsonError = null;
    this.#storedProblems = [];
    try {
      await (await this.#repository()).clear();
    } catch (error) {
      this.#saveError = `Stored settings could not be cleared: ${(error as Error).message}`;
    }
  }

  exportJson(): string {
    return configToJson(this.resolved);
  }
}
