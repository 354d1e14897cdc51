// The study configuration's public API: profiles, layered resolution with sources, readers.
export * from './config';
export { PROFILE_KNOBS, ORIGINAL_SEEDS, DEFAULT_SEARCH_SPACE, profileConfig, seedsFor } from './profiles';
export { resolveConfig, SOURCE_LABEL, type ConfigLayer, type ConfigLayers } from './resolve';
export { PAGE_QUERY_KEYS, parseUrlQuery, parseConfigJson, configToJson, coerceQueryText, CONFIG_FORMAT, CONFIG_VERSION, type ConfigFileError } from './parse';
export { validateValue, isConfigKey, CONFIG_KEYS } from './validate';
export { CONFIG_FIELDS, MAX_FIT_TIME_LIMIT_S, type ConfigField, type NumberField, type ChoiceField } from './config-fields';
