import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openShelfcastDb } from '../../storage/db';
import { ConfigSettingsRepository } from '../../storage/config-settings';
import { ConfigState, describeUrlLayer } from './config.svelte';

let n = 0;
const dbNamed = (name: string) => () => openShelfcastDb(name).then((db) => ({ settings: new ConfigSettingsRepository(db) }));
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('ConfigState persistence', () => {
  it('restores the panel and config JSON after a "reload" but never stores the URL layer', async () => {
    const open = dbNamed(`config-state-${++n}`);
    const first = new ConfigState(open, '?patience=9');
    await first.restore();
    first.setPanel('profile', 'production');
    first.setPanel('n_trials', '40');
    first.importJson(JSON.stringify({ format: 'shelfcast-config', version: 1, config: { min_trials: 4 } }), 'team.json');
    await settle();

    const again = new ConfigState(open, '');
    await again.restore();
    expect(again.resolved.config.profile).toBe('production');
    expect(again.resolved.config.n_trials).toBe(40);
    expect(again.resolved.sources).toMatchObject({ profile: 'panel', n_trials: 'panel', min_trials: 'json', patience: 'profile' });
    expect(again.jsonName).toBe('team.json');
    expect(again.urlNote).toBe('');
  });

  it('reports a bad stored value like any config problem and keeps the rest', async () => {
    const name = `config-state-${++n}`;
    await new ConfigSettingsRepository(await openShelfcastDb(name)).save({ panel: { n_trials: -3, profile: 'production' }, json: {}, jsonName: null });
    const state = new ConfigState(dbNamed(name), '');
    await state.restore();
    expect(state.resolved.config.profile).toBe('production');
    expect(state.resolved.problems).toEqual([expect.objectContaining({ key: 'n_trials', source: 'panel' })]);
  });

  it('Reset to profile clears the stored layers', async () => {
    const open = dbNamed(`config-state-${++n}`);
    const state = new ConfigState(open, '');
    state.setPanel('profile', 'production');
    await settle();
    await state.resetToProfile();
    const again = new ConfigState(open, '');
    await again.restore();
    expect(again.resolved.config.profile).toBe('development');
    expect(again.resolved.sources.profile).toBe('profile');
  });

  it('names the URL settings for the one-visit line', () => {
    expect(describeUrlLayer({ n_trials: 40, profile: 'production' })).toBe('n_trials=40 profile=production');
    expect(new ConfigState(dbNamed('unused'), '?n_trials=40&tab=x').urlNote).toBe('n_trials=40');
  });
});
