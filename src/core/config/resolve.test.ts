import { describe, expect, it } from 'vitest';
import { configToJson, parseConfigJson, parseUrlQuery } from './parse';
import { DEFAULT_SEARCH_SPACE, ORIGINAL_SEARCH_SPACE, profileConfig, seedsFor } from './profiles';
import { resolveConfig } from './resolve';

describe('profiles', () => {
  it('carry the numbers of the issue table', () => {
    const rows = (['development', 'testing', 'production'] as const).map((p) => {
      const c = profileConfig(p);
      return [c.n_trials, c.patience, c.min_trials, c.min_improvement, c.force_retrain, c.max_model_age_days, c.performance_threshold, c.study_storage];
    });
    expect(rows).toEqual([
      [10, 3, 5, 0.5, true, null, null, 'persistent'],
      [50, 15, 25, 0.1, false, 7, 0.1, 'persistent'],
      [100, 25, 50, 0.05, false, 30, 0.05, 'ephemeral'],
    ]);
    const dev = profileConfig('development');
    expect([dev.timeout_s, dev.fit_time_limit_s, dev.test_weeks, dev.validation_weeks, dev.sampler, dev.objective]).toEqual([1800, 60, 32, 32, 'tpe', 'rmse']);
  });

  it('seed the Alchemist, the Caterpillar and everyone else as the original did', () => {
    const { seeds } = profileConfig('testing');
    const fmt = (id: string) => seedsFor(seeds, id).map((s) => `(${s.p},${s.d},${s.q})(${s.P},${s.D},${s.Q})`);
    expect(fmt('9780722532935')).toEqual(['(1,0,0)(2,0,1)', '(1,0,0)(1,0,0)']);
    expect(fmt('9780241003008')).toEqual(['(2,1,1)(1,0,1)', '(1,1,1)(2,0,2)', '(0,2,3)(2,0,3)']);
    expect(fmt('tuna-b1')).toEqual(['(1,0,0)(1,0,0)', '(1,0,0)(2,0,1)']);
  });
});

describe('resolveConfig precedence: profile < JSON < URL < panel', () => {
  it('takes each key from the highest layer that sets it and records that layer', () => {
    const url = parseUrlQuery('?profile=production&n_trials=40&patience=10');
    expect(url.ignored).toEqual([]);
    const { config, sources, problems } = resolveConfig({
      json: { n_trials: 20, patience: 7, min_trials: 12, objective: 'mae' },
      url: url.layer,
      panel: { patience: 4 },
    });
    expect(problems).toEqual([]);
    expect(config.profile).toBe('production');
    expect(config.n_trials).toBe(40);
    expect(config.patience).toBe(4);
    expect(config.min_trials).toBe(12);
    expect(config.min_improvement).toBe(0.05);
    expect(config.objective).toBe('mae');
    expect(sources).toMatchObject({ profile: 'url', n_trials: 'url', patience: 'panel', min_trials: 'json', objective: 'json', min_improvement: 'profile' });
  });

  it('rejects bad values with a message naming the key and value, and keeps the lower layer', () => {
    const { config, sources, problems } = resolveConfig({
      json: { n_trials: 30 },
      url: parseUrlQuery('n_trials=abc&patience=-2&sampler=annealing&max_model_age_days=none&profile=staging').layer,
      panel: { min_improvement: 'lots', force_retrain: 'yes' },
    });
    expect(config.n_trials).toBe(30);
    expect(sources.n_trials).toBe('json');
    expect(config.profile).toBe('development');
    expect(config.patience).toBe(3);
    expect(config.sampler).toBe('tpe');
    expect(config.max_model_age_days).toBeNull();
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('n_trials must be a whole number from 1 to 100000; got "abc". (from the URL query; not applied)');
    expect(messages).toContain('patience must be a whole number from 1 to 100000; got -2. (from the URL query; not applied)');
    expect(messages).toContain('sampler must be one of tpe, random, grid; got "annealing". (from the URL query; not applied)');
    expect(messages).toContain('profile must be one of development, testing, production; got "staging". (from the URL query; not applied)');
    expect(messages).toContain('min_improvement must be a number from 0 to 1000000; got "lots". (from the settings panel; not applied)');
    expect(messages).toContain('force_retrain must be true or false; got "yes". (from the settings panel; not applied)');
    expect(problems).toHaveLength(6);
  });

  it('merges a partial search space and rejects an empty family list, keeping the lab’s default families', () => {
    const merged = resolveConfig({ json: { search_space: { q: { low: 0, high: 2 }, families: ['sarima'] } } });
    expect(merged.config.search_space.q).toEqual({ low: 0, high: 2 });
    expect(merged.config.search_space.p).toEqual({ low: 0, high: 3 });
    expect(merged.config.search_space.families).toEqual(['sarima']);
    expect(merged.config.search_space.drift).toEqual({ low: 0, high: 1 });
    const empty = resolveConfig({ panel: { search_space: { families: [] } } });
    expect(empty.config.search_space.families).toEqual(['arima', 'fourier', 'baseline']);
    expect(empty.problems[0]!.message).toMatch(/^search_space.families must be a non-empty list/);
    const inverted = resolveConfig({ panel: { search_space: { p: { low: 3, high: 1 } } } });
    expect(inverted.problems[0]!.message).toContain('search_space.p must be');
  });

  it('defaults to the lab’s auto selection and space, and the original selection brings the original space', () => {
    const lab = resolveConfig({});
    expect([lab.config.selection, lab.config.cv_folds]).toEqual(['auto', 3]);
    expect(lab.config.search_space).toEqual(DEFAULT_SEARCH_SPACE);
    const original = resolveConfig({ url: { selection: 'original' } });
    expect(original.problems).toEqual([]);
    expect(original.config.search_space).toEqual(ORIGINAL_SEARCH_SPACE);
    expect(original.sources).toMatchObject({ selection: 'url', search_space: 'profile' });
    // A space a layer sets is kept as set.
    const own = resolveConfig({ json: { search_space: { families: ['arima'] } }, url: { selection: 'original' } });
    expect(own.config.search_space.families).toEqual(['arima']);
    expect(resolveConfig({ url: { cv_folds: 13, selection: 'best' } }).problems.map((p) => p.key)).toEqual(['cv_folds', 'selection']);
  });

  it('warns when the seeds’ engine is not one the search space allows', () => {
    const { problems } = resolveConfig({ url: { engine: 'wasm' } });
    expect(problems).toEqual([
      { source: 'url', key: 'engine', message: 'engine is wasm but search_space.engines is native: the seeds run on wasm and will be skipped.' },
    ]);
    expect(resolveConfig({ url: { engine: 'native', search_space: { engines: ['native', 'wasm'] } } }).problems).toEqual([]);
  });

  it('replaces one product’s seeds and keeps the others', () => {
    const { config } = resolveConfig({ json: { seeds: { products: { 'tuna-b1': [{ p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1 }] } } } });
    expect(seedsFor(config.seeds, 'tuna-b1')).toEqual([{ p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1 }]);
    expect(seedsFor(config.seeds, '9780241003008')).toHaveLength(3);
  });
});

describe('config JSON', () => {
  it('round-trips through configToJson and reports unknown keys', () => {
    const resolved = resolveConfig({ url: { profile: 'testing', n_trials: 33 } });
    const layer = parseConfigJson(configToJson(resolved));
    if (!layer.ok) throw new Error(layer.error.message);
    const again = resolveConfig({ json: layer.value });
    expect(again.config).toEqual(resolved.config);
    const withTypo = parseConfigJson('{"format":"shelfcast-config","version":1,"config":{"n_trails":5}}');
    if (!withTypo.ok) throw new Error(withTypo.error.message);
    expect(resolveConfig({ json: withTypo.value }).problems[0]!.message).toBe('Unknown setting "n_trails" (from the config JSON; ignored).');
  });

  it('refuses files that are not a config, or of another version, saying why', () => {
    const notJson = parseConfigJson('{nope', 'lab.json');
    expect(notJson.ok || notJson.error.code).toBe('invalid-json');
    const other = parseConfigJson('{"format":"optuna","version":1,"config":{}}');
    expect(other.ok || other.error.message).toBe('config JSON has "format": "optuna"; expected "shelfcast-config".');
    const future = parseConfigJson('{"format":"shelfcast-config","version":2,"config":{}}');
    expect(future.ok || future.error.code).toBe('unsupported-version');
  });

  it('names a missing "format" or "version" field instead of printing undefined', () => {
    const noFormat = parseConfigJson('{"version":1,"config":{}}', 'lab.json');
    expect(noFormat.ok || [noFormat.error.code, noFormat.error.message]).toEqual([
      'not-a-config',
      'lab.json has no "format" field; expected "shelfcast-config".',
    ]);
    const noVersion = parseConfigJson('{"format":"shelfcast-config","config":{}}', 'lab.json');
    expect(noVersion.ok || [noVersion.error.code, noVersion.error.message]).toEqual([
      'unsupported-version',
      'lab.json has no "version" field; this lab reads version 1.',
    ]);
  });
});

describe('selection "original"', () => {
  it('merges a partial search space onto the original space, not the lab’s', () => {
    const { config } = resolveConfig({ url: { selection: 'original', search_space: { engines: ['native'] } } });
    expect(config.search_space.families).toEqual(['sarima', 'fourier', 'arima']);
    expect(config.search_space.d).toEqual({ low: 0, high: 2 });
  });
});
