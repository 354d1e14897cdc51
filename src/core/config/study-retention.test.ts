import { describe, expect, it } from 'vitest';
import { parseUrlQuery } from './parse';
import { resolveConfig } from './resolve';

describe('study_retention_days', () => {
  it('defaults to 90 days, accepts none, and refuses a non-positive age', () => {
    expect(resolveConfig({}).config.study_retention_days).toBe(90);
    expect(resolveConfig({ url: parseUrlQuery('?study_retention_days=none').layer }).config.study_retention_days).toBeNull();
    const bad = resolveConfig({ url: parseUrlQuery('?study_retention_days=0').layer });
    expect(bad.config.study_retention_days).toBe(90);
    expect(bad.problems[0]!.message).toBe('study_retention_days must be none (null) or a number from 1 to 36500; got 0. (from the URL query; not applied)');
  });
});
