// The demo history is two real training runs (studies, versions judged by the champion rules,
// decisions) with back-dated clocks, over the dataset the lab has open.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ProductSeries } from '../core/data/types';
import { openShelfcastDb } from '../storage/db';
import { DecisionRepository } from '../storage/decision-repository';
import { LabRepository } from '../storage/lab-repository';
import { RegistryRepository } from '../storage/registry-repository';
import { RunRepository } from '../storage/run-repository';
import { StudyRepository } from '../storage/study-repository';
import { seedDemoHistory } from './demo-history';

const weeks = (n: number, level: (i: number) => number) => Array.from({ length: n }, (_, i) => Math.round(level(i) + 8 * Math.sin(i * 1.3)));
const product = (id: string, values: number[]): ProductSeries => ({
  id,
  title: `Book ${id}`,
  series: { start: '2023-01-07', values },
  totalVolume: values.reduce((a, b) => a + b, 0),
});
// Steady sales, and sales that tripled in the last 8 weeks (the champion's error grows on them).
const steady = product(
  'steady',
  weeks(90, () => 100),
);
const jumped = product(
  'jumped',
  weeks(90, (i) => (i >= 82 ? 300 : 100)),
);

async function labWith(products: ProductSeries[]) {
  const db = await openShelfcastDb(`demo-history-${crypto.randomUUID()}`);
  const datasetId = 'ds-1';
  await db.put('datasets', {
    id: datasetId,
    name: 'books.csv',
    weekEndingDay: 6,
    productCount: products.length,
    rowsRead: 0,
    rejectedCount: 0,
    rejected: [],
    products: products.map((p) => ({ id: p.id, title: p.title, weeks: p.series.values.length, totalVolume: p.totalVolume })),
    importedAt: '2026-01-01T00:00:00.000Z',
    recordVersion: 1,
  });
  for (const p of products) await db.put('series', { ...p, datasetId });
  const stores = {
    lab: new LabRepository(db),
    registry: new RegistryRepository(db),
    decisions: new DecisionRepository(db),
    runs: new RunRepository(db),
    studies: new StudyRepository(db),
  };
  await stores.lab.setLastOpened({ datasetId, productId: null });
  return stores;
}

describe('seedDemoHistory', () => {
  it('trains twice through the real run: 8 weeks back on the shortened series, then on every week, judging each champion on the new weeks', async () => {
    const stores = await labWith([steady, jumped]);
    const now = new Date('2026-06-01T12:00:00Z');
    await seedDemoHistory(stores, { appVersion: 'test', now });

    const runs = (await stores.runs.list()).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    expect(runs.map((r) => [r.kind, r.status, r.startedAt.slice(0, 10)])).toEqual([
      ['train', 'completed', '2026-04-06'],
      ['train', 'completed', '2026-06-01'],
    ]);
    expect(runs[0]!.products.map((p) => p.decision)).toEqual(['retrain', 'retrain']);
    // The second run judged each champion on the 8 new weeks: kept where sales held, retrained where they tripled.
    const second = new Map(runs[1]!.products.map((p) => [p.productId, p]));
    expect(second.get('steady')!.decision).toBe('reuse');
    expect(second.get('jumped')).toMatchObject({ decision: 'retrain', reason: expect.stringMatching(/performance/) });

    const decisions = await stores.decisions.list();
    expect(decisions).toHaveLength(4);
    expect(decisions.map((d) => d.at.slice(0, 10)).sort()).toEqual(['2026-04-06', '2026-04-06', '2026-06-01', '2026-06-01']);
    // Real versions: each from a stored study, fitted on the weeks its run saw.
    const first = (await stores.registry.getVersion('steady', 1))!;
    expect(first.data.weeks).toBe(82);
    expect(await stores.studies.getStudy(first.study!.key)).toBeDefined();
    expect(await stores.studies.listTrials(first.study!.key)).not.toHaveLength(0);
    expect((await stores.registry.listVersions('jumped')).map((v) => v.data.weeks)).toEqual([82, 90]);

    // A lab that already has a history is left as it is.
    await seedDemoHistory(stores, { appVersion: 'test', now });
    expect(await stores.runs.list()).toHaveLength(2);
  });
});
