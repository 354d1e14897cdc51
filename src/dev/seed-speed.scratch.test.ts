import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { bookScanCsv, panelPieces } from '../test/bookscan';
import { importSalesCsv } from '../core/data/import-dataset';
import { openShelfcastDb } from '../storage/db';
import { LabRepository } from '../storage/lab-repository';
import { RegistryRepository } from '../storage/registry-repository';
import { DecisionRepository } from '../storage/decision-repository';
import { RunRepository } from '../storage/run-repository';
import { StudyRepository } from '../storage/study-repository';
import { seedDemoHistory } from './demo-history';

it('times the seed', async () => {
  const n = Number(process.env.N ?? 100);
  const csv = bookScanCsv(panelPieces('data/m4-weekly-dev/long.csv', n, 104), 'F');
  const ds = importSalesCsv(csv, 'x.csv');
  if (!ds.ok) throw new Error(JSON.stringify(ds.error));
  const db = await openShelfcastDb(`seed-${randomUUID()}`);
  const id = 'd1';
  await db.put('datasets', { id, name: 'x.csv', products: ds.value.products.map((p) => ({ id: p.id, title: p.title })), recordVersion: 1 } as never);
  for (const p of ds.value.products) await db.put('series', { ...p, datasetId: id } as never);
  await db.put('settings', { key: 'last-opened', value: { datasetId: id, productId: null } } as never);
  const stores = { lab: new LabRepository(db), registry: new RegistryRepository(db), decisions: new DecisionRepository(db), runs: new RunRepository(db), studies: new StudyRepository(db) };
  const acc: Record<string, number> = {};
  for (const [name, repo] of Object.entries(stores)) {
    const proto = Object.getPrototypeOf(repo);
    for (const m of Object.getOwnPropertyNames(proto)) {
      if (m === 'constructor' || typeof proto[m] !== 'function') continue;
      const orig = proto[m];
      (repo as any)[m] = async function (this: unknown, ...args: unknown[]) { const t0 = performance.now(); try { return await orig.apply(repo, args); } finally { acc[`${name}.${m}`] = (acc[`${name}.${m}`] ?? 0) + performance.now() - t0; } };
    }
  }
  const t = performance.now();
  await seedDemoHistory(stores, { appVersion: 'x' });
  console.log(Object.entries(acc).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${Math.round(v)}`).join('\n'));
  console.log('SEED', n, Math.round(performance.now() - t), 'ms', (await db.getAll('retrainDecisions' as never)).length);
}, 1_000_000);
