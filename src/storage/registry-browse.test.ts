import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { metrics, modelVersion, wavySeries } from '../test/model-version';
import { openShelfcastDb } from './db';
import { IdbArtifactStore } from './artifact-store';
import { RegistryBrowser } from './registry-browse';
import { RegistryRepository } from './registry-repository';
import type { ModelVersionDraft } from '../core/registry/registry-types';

let n = 0;
const series = wavySeries(80);

async function draft(rmse: number, productId: string): Promise<ModelVersionDraft> {
  const { recordVersion: _r, name: _n, version: _v, ...d } = await modelVersion(series, { productId });
  return { ...d, evaluation: { ...d.evaluation, test: metrics(rmse) } };
}

async function fresh() {
  const db = await openShelfcastDb(`browse-${++n}`);
  return { registry: new RegistryRepository(db), browser: new RegistryBrowser(db), store: new IdbArtifactStore(db) };
}

describe('RegistryBrowser', () => {
  it('lists every registered product and remembers the retention setting', async () => {
    const { registry, browser } = await fresh();
    const policy = { championMargin: 0.02, maxVersionsPerProduct: 10 };
    await registry.register(await draft(10, 'a'), policy);
    await registry.register(await draft(10, 'b'), policy);
    expect((await browser.listAliases()).map((a) => a.productId)).toEqual(['a', 'b']);
    expect(await browser.getMaxVersions(5)).toBe(5);
    await browser.setMaxVersions(3);
    expect(await browser.getMaxVersions(5)).toBe(3);
  });

  it('pruning to 2 versions keeps the champion and the one before it, after a rollback too', async () => {
    const { registry, browser } = await fresh();
    const policy = { championMargin: 0.02, maxVersionsPerProduct: 10 };
    // v1 champion, v2 wins, v3 and v4 lose, then a rollback to v1: champion v1, previous v2.
    for (const rmse of [10, 8, 9, 9]) await registry.register(await draft(rmse, 'a'), policy);
    await registry.rollback('a', 1);
    expect(await browser.pruneAll(2)).toBe(2);
    expect((await registry.listVersions('a')).map((v) => v.version)).toEqual([1, 2]);
    expect(await registry.getAliases('a')).toMatchObject({ champion: 1, previousChampion: 2 });
  });

  it('finds the stored series a version was trained on by its digest, and no other', async () => {
    const { browser, store } = await fresh();
    const v = await modelVersion(series, { productId: 'p1' });
    const product = (id: string, values: number[]) => ({ id, title: id, series: { start: series.start, values }, totalVolume: 0 });
    await store.commit([], {
      id: 'd1',
      value: {
        name: 'd1',
        weekEndingDay: 6,
        products: [
          product(
            'p1',
            series.values.map((x) => x + 1),
          ),
        ],
        rowsRead: 1,
        rejectedCount: 0,
        rejected: [],
      },
    });
    expect(await browser.findSeries('p1', v.data.digest)).toBeNull();
    await store.commit([], {
      id: 'd2',
      value: { name: 'd2', weekEndingDay: 6, products: [product('p1', series.values)], rowsRead: 1, rejectedCount: 0, rejected: [] },
    });
    expect(await browser.findSeries('p1', v.data.digest)).toEqual(series);
  });
});
