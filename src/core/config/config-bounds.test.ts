// Every number a link, a config JSON or the panel can set is bounded: a value outside the bounds is
// reported with the key, the bound and the layer it came from, and the profile's value stays.
import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS } from './config-fields';
import { CONFIG_KEYS } from './validate';
import { parseUrlQuery } from './parse';
import { resolveConfig } from './resolve';

const fromUrl = (query: string) => resolveConfig({ url: parseUrlQuery(query).layer });

describe('config bounds', () => {
  it('refuses a study retention of 1e-9 days from a link (it would delete every stored study)', () => {
    const resolved = fromUrl('?study_retention_days=1e-9');
    expect(resolved.config.study_retention_days).toBe(90);
    expect(resolved.problems.map((p) => p.message)).toEqual([
      'study_retention_days must be none (null) or a number from 1 to 36500; got 1e-9. (from the URL query; not applied)',
    ]);
  });

  it('refuses a fit time limit above a day (setTimeout overflows past 2,147,483 s and every fit fails at once)', () => {
    const resolved = fromUrl('?fit_time_limit_s=3000000');
    expect(resolved.config.fit_time_limit_s).toBe(60);
    expect(resolved.problems[0]!.message).toBe('fit_time_limit_s must be a whole number from 1 to 86400; got 3000000. (from the URL query; not applied)');
    expect(fromUrl('?fit_time_limit_s=86400').config.fit_time_limit_s).toBe(86400);
  });

  it('bounds the study timeout, model age, degradation threshold and improvement', () => {
    const resolved = resolveConfig({ json: { timeout_s: 1e12, max_model_age_days: 1e-6, performance_threshold: 1e9, min_improvement: Infinity } });
    expect(resolved.problems.map((p) => p.key)).toEqual(['timeout_s', 'max_model_age_days', 'performance_threshold', 'min_improvement']);
    for (const p of resolved.problems) expect(p.message).toMatch(/from .* to .*\(from the config JSON; not applied\)$/);
    expect(resolved.config.timeout_s).toBe(1800);
  });

  it('names the number a link spells in its own words, not as JSON would round it', () => {
    expect(fromUrl('?n_trials=1e9').problems[0]!.message).toBe(
      'n_trials must be a whole number from 1 to 100000; got 1000000000. (from the URL query; not applied)',
    );
  });

  it("has a field for every key, and every number field has finite bounds that hold its profiles' values", () => {
    expect(Object.keys(CONFIG_FIELDS).sort()).toEqual([...CONFIG_KEYS].sort());
    for (const profile of ['development', 'testing', 'production'] as const) {
      const { config, problems } = resolveConfig({ url: { profile } });
      expect(problems).toEqual([]);
      for (const key of CONFIG_KEYS) {
        const field = CONFIG_FIELDS[key];
        const value = config[key];
        if (field.kind !== 'number' || value === null) continue;
        expect(Number.isFinite(field.min) && Number.isFinite(field.max)).toBe(true);
        expect(value as number).toBeGreaterThanOrEqual(field.min);
        expect(value as number).toBeLessThanOrEqual(field.max);
      }
    }
  });
});

describe('unknown URL keys', () => {
  it("are listed as for a config JSON, except the page's own keys", () => {
    const parsed = parseUrlQuery('?n_trails=40&fit-timeout-s=5');
    expect(parsed.ignored).toEqual(['fit-timeout-s']);
    const resolved = resolveConfig({ url: parsed.layer });
    expect(resolved.problems.map((p) => p.message)).toEqual(['Unknown setting "n_trails" (from the URL query; ignored).']);
  });

  it('know the development seed switch only where the page passes it (a build has no seed, so it is unknown there)', () => {
    expect(parseUrlQuery('?demo-history', ['fit-timeout-s', 'demo-history']).ignored).toEqual(['demo-history']);
    const built = resolveConfig({ url: parseUrlQuery('?demo-history').layer });
    expect(built.problems.map((p) => p.message)).toEqual(['Unknown setting "demo-history" (from the URL query; ignored).']);
  });
});
