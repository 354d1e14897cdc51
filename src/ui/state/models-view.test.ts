import { describe, expect, it } from 'vitest';
import { emptyAliases } from '../../core/registry/registry-types';
import { modelVersion, wavySeries } from '../../test/model-version';
import { alreadyRegisteredText, eventText, registeredText, registeredEntries, formatBytes, pageOf, roleOf, sourceText, versusBaselines } from './models-view';

describe('Models screen view', () => {
  it('says a re-imported model is already registered, naming it as the file did and the version it is here', async () => {
    const { recordVersion: _r, name: _n, version: _v, ...draft } = await modelVersion(wavySeries(80), { productId: 'X' });
    const provenance = {
      kind: 'imported' as const,
      importedAt: '',
      fileName: 'file.json',
      exportedAt: '',
      exportedBy: '0.2.0',
      checksum: 'c',
      originalName: 'arima_book_X',
      originalVersion: 1,
    };
    expect(alreadyRegisteredText({ ...draft, provenance }, 1, 'file.json')).toBe(
      'arima_book_X v1 from file.json is already registered as v1; nothing was added.',
    );
  });

  it('pages 500 products 20 at a time, clamping the page asked for', () => {
    const items = Array.from({ length: 500 }, (_, i) => i);
    expect(pageOf(items, 0, 20)).toMatchObject({ page: 0, pages: 25, total: 500, items: items.slice(0, 20) });
    expect(pageOf(items, 99, 20)).toMatchObject({ page: 24, items: items.slice(480) });
    expect(pageOf([], 3, 20)).toMatchObject({ page: 0, pages: 1, items: [] });
  });

  it('offers the registered products to the picker in id order, titled, with their champion', () => {
    const aliases = [{ ...emptyAliases('b2'), champion: 2 }, emptyAliases('a1'), emptyAliases('c3')];
    const titles = new Map([['c3', 'The Alchemist']]);
    expect(registeredEntries(aliases, titles)).toEqual([
      { id: 'a1', title: 'a1', note: 'no champion' },
      { id: 'b2', title: 'b2', note: 'champion v2' },
      { id: 'c3', title: 'The Alchemist', note: 'no champion' },
    ]);
  });

  it('names each version’s role in words', () => {
    const aliases = { ...emptyAliases('x'), champion: 3, previousChampion: 1, challenger: 4 };
    expect([1, 2, 3, 4].map((v) => roleOf(v, aliases))).toEqual(['previous champion', 'earlier version', 'champion', 'challenger (lost)']);
  });

  it('says where an imported version came from', async () => {
    const v = await modelVersion(wavySeries(60), {
      provenance: {
        kind: 'imported',
        importedAt: '2026-11-27T05:00:00.000Z',
        fileName: 'a.json',
        exportedAt: '2026-11-26T05:00:00.000Z',
        exportedBy: '0.1.0',
        checksum: 'f'.repeat(64),
        originalName: 'arima_book_1',
        originalVersion: 3,
      },
    });
    expect(sourceText(v)).toBe('imported from a.json on 2026-11-27 (exported 2026-11-26 by Shelfcast 0.1.0 as arima_book_1 v3)');
    expect(sourceText(await modelVersion(wavySeries(60)))).toBe('trained in this browser');
  });

  it('compares the model with its best baseline', async () => {
    const v = await modelVersion(wavySeries(60));
    expect(versusBaselines(v)).toEqual({ name: 'naive', rmse: 14, change: (10 - 14) / 14 });
  });

  it('says what registering did in words: the version, its role and why', async () => {
    const v = await modelVersion(wavySeries(60), { productId: 'x', version: 2 });
    const event = {
      productId: 'x',
      kind: 'challenger-lost' as const,
      from: 1,
      to: 1,
      challenger: 2,
      reason: 'challenger_not_better_by_margin_-16.0%',
      numbers: {},
      at: '',
    };
    expect(registeredText(v, { ...emptyAliases('x'), champion: 1 }, event)).toBe(
      `Registered ${v.name} version 2: challenger that lost. The challenger was 16.0% worse than the champion on the same weeks; the champion stays.`,
    );
  });

  it('writes champion events as sentences with their reason in words, not codes', () => {
    const at = '2026-11-27T05:00:00.000Z';
    const base = { productId: 'x', numbers: {}, at };
    expect(eventText({ ...base, kind: 'challenger-lost', from: 1, to: 1, challenger: 2, reason: 'challenger_not_better_by_margin_-3.0%' })).toBe(
      '2026-11-27 05:00:00 — v2 lost as challenger to v1: The challenger was 3.0% worse than the champion on the same weeks; the champion stays.',
    );
    expect(eventText({ ...base, kind: 'rollback', from: 3, to: 1, challenger: null, reason: 'rollback_to_version_1' })).toBe(
      '2026-11-27 05:00:00 — rolled back to v1 (was v3): Version 1 was made champion again by hand (a rollback).',
    );
  });

  it('formats storage sizes', () => {
    expect([formatBytes(null), formatBytes(512), formatBytes(1_234_567)]).toEqual(['unknown', '512 B', '1.2 MB']);
  });
});
