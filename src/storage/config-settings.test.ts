import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../core/config/resolve';
import { ConfigSettingsRepository, readStoredConfig } from './config-settings';
import { openShelfcastDb } from './db';

let n = 0;
const fresh = async () => {
  const name = `config-settings-${++n}`;
  return { name, repo: new ConfigSettingsRepository(await openShelfcastDb(name)) };
};

describe('ConfigSettingsRepository', () => {
  it('keeps the panel and config JSON layers across a "reload", so the resolved profile and sources come back', async () => {
    const { name, repo } = await fresh();
    await repo.save({ panel: { profile: 'production', n_trials: 40 }, json: { patience: 7 }, jsonName: 'team.json' });
    const again = new ConfigSettingsRepository(await openShelfcastDb(name));
    const read = await again.load();
    expect(read.problems).toEqual([]);
    expect(read.layers).toEqual({ panel: { profile: 'production', n_trials: 40 }, json: { patience: 7 }, jsonName: 'team.json' });
    const resolved = resolveConfig({ panel: read.layers.panel, json: read.layers.json });
    expect(resolved.config.profile).toBe('production');
    expect(resolved.config.n_trials).toBe(40);
    expect(resolved.sources).toMatchObject({ profile: 'panel', n_trials: 'panel', patience: 'json' });
  });

  it('reads nothing stored as empty layers, and forgets the layers on reset', async () => {
    const { repo } = await fresh();
    expect(await repo.load()).toEqual({ layers: { panel: {}, json: {}, jsonName: null }, problems: [] });
    await repo.save({ panel: { n_trials: 12 }, json: {}, jsonName: null });
    await repo.clear();
    expect((await repo.load()).layers.panel).toEqual({});
  });

  it('reports a bad stored value and an unknown stored key as config problems instead of crashing', async () => {
    const { repo } = await fresh();
    await repo.save({ panel: { n_trials: 'many', retired_knob: 3, profile: 'production' }, json: {}, jsonName: null });
    const read = await repo.load();
    const resolved = resolveConfig({ panel: read.layers.panel });
    expect(resolved.config.profile).toBe('production');
    expect(resolved.sources.n_trials).toBe('profile');
    expect(resolved.problems.map((p) => p.key).sort()).toEqual(['n_trials', 'retired_knob']);
    expect(resolved.problems.every((p) => p.source === 'panel')).toBe(true);
  });
});

describe('readStoredConfig', () => {
  it('ignores records of another version or shape with a message', () => {
    expect(readStoredConfig('garbage').problems).toHaveLength(1);
    expect(readStoredConfig({ version: 99, panel: { n_trials: 5 } })).toMatchObject({
      layers: { panel: {} },
      problems: [expect.stringContaining('version 99')],
    });
    const partial = readStoredConfig({ version: 1, panel: [1, 2], json: { patience: 3 }, jsonName: 4 });
    expect(partial.layers).toEqual({ panel: {}, json: { patience: 3 }, jsonName: null });
    expect(partial.problems).toEqual([expect.stringContaining('settings panel')]);
  });
});
