// Layers of configuration, lowest precedence first: profile < config JSON < URL query < settings
// panel. A bad value is reported and not applied; every key records the layer that set it.
import { SOURCE_ORDER, type ConfigKey, type ConfigProblem, type ConfigSource, type ProfileName, type ResolvedConfig, type StudyConfig } from './config';
import { profileConfig, searchSpaceFor } from './profiles';
import { CONFIG_KEYS, isConfigKey, validateValue } from './validate';

/** Raw values per key as a layer supplied them (typed JSON values; URL text already coerced). */
export type ConfigLayer = Record<string, unknown>;

export interface ConfigLayers {
  json?: ConfigLayer;
  url?: ConfigLayer;
  panel?: ConfigLayer;
}

const OVERRIDES: readonly Exclude<ConfigSource, 'profile'>[] = ['json', 'url', 'panel'];

/** Names the layer in messages: "from the config JSON". */
export const SOURCE_LABEL: Record<ConfigSource, string> = {
  profile: 'the profile',
  json: 'the config JSON',
  url: 'the URL query',
  panel: 'the settings panel',
};

/** The profile named by the highest layer that names a valid one, else `fallback`. */
function chooseProfile(layers: ConfigLayers, fallback: ProfileName, problems: ConfigProblem[]) {
  let chosen: { profile: ProfileName; source: ConfigSource } = { profile: fallback, source: 'profile' };
  for (const source of OVERRIDES) {
    const raw = layers[source]?.profile;
    if (raw === undefined) continue;
    const checked = validateValue('profile', raw, chosen.profile);
    if (checked.ok) chosen = { profile: checked.value, source };
    else problems.push({ source, key: 'profile', message: `${checked.error.message} (from ${SOURCE_LABEL[source]}; not applied)` });
  }
  return chosen;
}

/** Resolves the layers into one configuration with per-key sources and the rejected values. */
export function resolveConfig(layers: ConfigLayers, fallbackProfile: ProfileName = 'development'): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const { profile, source: profileSource } = chooseProfile(layers, fallbackProfile, problems);
  const config: StudyConfig = profileConfig(profile);
  // A partial search space merges onto the space of the selection it goes with.
  const selection = OVERRIDES.map((s) => layers[s]?.selection)
    .filter((v) => v === 'auto' || v === 'original')
    .at(-1);
  if (selection === 'original') config.search_space = searchSpaceFor('original');
  const sources = Object.fromEntries(CONFIG_KEYS.map((k) => [k, 'profile'])) as Record<ConfigKey, ConfigSource>;
  sources.profile = profileSource;
  for (const source of OVERRIDES) {
    const layer = layers[source];
    if (!layer) continue;
    for (const [key, raw] of Object.entries(layer)) {
      if (key === 'profile') continue;
      if (!isConfigKey(key)) {
        problems.push({ source, key, message: `Unknown setting "${key}" (from ${SOURCE_LABEL[source]}; ignored).` });
        continue;
      }
      const checked = validateValue(key, raw, config[key]);
      if (!checked.ok) {
        problems.push({ source, key, message: `${checked.error.message} (from ${SOURCE_LABEL[source]}; not applied)` });
        continue;
      }
      (config as unknown as Record<string, unknown>)[key] = checked.value;
      sources[key] = source;
    }
  }
  if (!config.search_space.engines.includes(config.engine)) {
    // Both values are valid alone; together the seeds (which use `engine`) fall outside the space.
    const source = SOURCE_ORDER[Math.max(SOURCE_ORDER.indexOf(sources.engine), SOURCE_ORDER.indexOf(sources.search_space))]!;
    problems.push({
      source,
      key: 'engine',
      message: `engine is ${config.engine} but search_space.engines is ${config.search_space.engines.join(', ')}: the seeds run on ${config.engine} and will be skipped.`,
    });
  }
  return { config, sources, problems };
}
